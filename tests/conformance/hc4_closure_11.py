def f():
    x = 0
    def g():
        x += 1
        return x
    return g()

f()
