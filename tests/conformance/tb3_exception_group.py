def run():
    errors = [ValueError("a"), TypeError("b")]
    raise ExceptionGroup("many", errors)
run()
