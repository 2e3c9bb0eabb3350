try:
    raise ExceptionGroup("g", [ValueError("x")])
except* ValueError:
    raise KeyError("during handling")
