try:
    raise ValueError("bad") from KeyError("cause")
except ValueError:
    print("reraise")
    raise
