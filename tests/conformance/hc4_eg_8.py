try:
    raise ExceptionGroup("outer", [ValueError("v"), ExceptionGroup("inner", [TypeError("t"), KeyError("k")])])
except* TypeError:
    print("types handled")
