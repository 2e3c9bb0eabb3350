def fail():
    raise "error"
fail()
