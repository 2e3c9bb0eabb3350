def f():
    y = 1
    del y
    return y
f()
