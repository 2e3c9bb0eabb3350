def f(*args):
    return args
print(f(), f(1), f(*range(3)), f(*"ab", *[1]))
def g(a, b, /):
    return a + b
print(g(1, 2))
g(a=1, b=2)
