try:
    raise ExceptionGroup("batch", [ValueError("bad")])
except* ValueError as eg:
    raise RuntimeError("handler failed")
