err = ValueError("bad value", 42)
err.add_note("hint: check the input")
err.add_note("second note")
raise err
