def g(a):
    raise ValueError("g")
def f(x):
    return x
y = f(g(1))
