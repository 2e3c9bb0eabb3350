try:
    raise ValueError("v")
except* ValueError as e:
    print(repr(e))
    raise RuntimeError("in handler")
