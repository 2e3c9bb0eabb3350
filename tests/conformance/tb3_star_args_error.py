def f(a, b):
    return a + b
args = None
f(*args)
