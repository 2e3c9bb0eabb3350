try:
    raise ExceptionGroup("batch", [ValueError(1), KeyError(2)])
except ExceptionGroup as eg:
    print(len(eg.exceptions), eg.message, [type(e).__name__ for e in eg.exceptions])
    vals, rest = eg.split(ValueError)
    print(vals.exceptions, rest.exceptions)
raise ExceptionGroup("uncaught", [ValueError("one"), TypeError("two")])
