raise ExceptionGroup("errors", [ValueError("bad value"), ExceptionGroup("inner", [TypeError("bad type"), KeyError("k")])])
