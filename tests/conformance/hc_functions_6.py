def f(x, y):
    return x * y
args = (2,)
kwargs = {"y": 5}
print(f(*args, **kwargs))
print(f(**{"x": 3, "y": 4}))
f(1, x=2)
