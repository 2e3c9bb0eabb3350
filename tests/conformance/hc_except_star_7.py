try:
    raise ExceptionGroup("outer", [ValueError("a"), TypeError("b")])
except* ValueError:
    raise KeyError("from handler")
except* TypeError:
    raise
