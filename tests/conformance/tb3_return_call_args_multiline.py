def g(a, b):
    raise ValueError("g")
def f():
    return g(1,
             2)
f()
