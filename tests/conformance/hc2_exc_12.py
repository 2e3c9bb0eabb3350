# except* with unhandled remainder
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2), ValueError(3)])
    except* ValueError as eg:
        print("handled", eg.exceptions)
except* KeyError as eg:
    print("outer got", repr(eg))
raise ExceptionGroup("final", [ValueError("v"), TypeError("t")])
