try:
    try:
        raise ValueError("root")
    except ValueError as e:
        raise ExceptionGroup("wrapped", [e, TypeError("t")])
except* TypeError as eg:
    print("got types", eg.exceptions)
except* ValueError as eg:
    print("got values", eg.exceptions, eg.__context__ is None)
