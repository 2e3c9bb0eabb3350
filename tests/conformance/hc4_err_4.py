def f(a, /, b, *, c):
    return a + b + c

print(f(1, 2, c=3), f(1, b=2, c=3))
for args, kwargs in [((), {"a": 1, "b": 2, "c": 3}), ((1, 2, 3), {}), ((1,), {"c": 1})]:
    try:
        f(*args, **kwargs)
    except TypeError as e:
        print(e)
f(1, 2, c=3, d=4)
