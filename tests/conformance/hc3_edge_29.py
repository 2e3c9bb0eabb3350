def f(a, b=[]):
    b.append(a)
    return b
print(f(1), f(2), f(3, []))
def g(x, *, y=None):
    y = y if y is not None else []
    y.append(x)
    return y
print(g(1), g(2))
def h(**kwargs):
    return kwargs
print(h(**{"a": 1}, b=2), h())
h(**{"a": 1}, a=2)
