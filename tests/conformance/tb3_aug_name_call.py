def f():
    raise ValueError("q")
total = 0
total += f()
