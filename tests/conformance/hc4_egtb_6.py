try:
    raise ExceptionGroup("g", [ValueError("v"), TypeError("t")])
except* ValueError:
    raise RuntimeError("handler failed")
