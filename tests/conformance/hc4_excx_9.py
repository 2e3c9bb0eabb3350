try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print("handling", eg.exceptions)
    raise
except* TypeError:
    print("types")
