def f():
    x = 1
    def g():
        x += 1
        return x
    return g()
f()
