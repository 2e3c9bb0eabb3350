def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), **{"a": 1}, b=2))
print([*range(3), *"ab", 9])
print({**{"x": 1}, "y": 2, **{"x": 3}})
print({*[1, 2], *{2, 3}})
print((*[1], *[2, 3]))
a = b = c = [0]
a.append(1)
print(b, c is a)
d, e = "xy"
print(d, e)
