try:
    raise ValueError("context")
except ValueError:
    raise ExceptionGroup("in handler", [KeyError("k")])
