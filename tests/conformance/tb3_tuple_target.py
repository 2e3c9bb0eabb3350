def f():
    raise ValueError("z")
x, y = f()
