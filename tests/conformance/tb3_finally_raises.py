def f():
    try:
        raise KeyError("a")
    finally:
        raise ValueError("b")
f()
