def g():
    raise ValueError("g")
g()
