def f(a, b, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw
print(f(1, 2, d=4))
print(f(1, 2, 30, 40, 50, d=4, z=9))
args = [1, 2]
kwargs = {"d": 0, "e": 1}
print(f(*args, **kwargs))
print(f(*[1, 2, 3, 4], **{"d": 7, "x": 8}))
print(*[1, 2], *(3,), sep="-")
merged = {**{"a": 1}, "b": 2, **{"a": 3}}
print(merged, [*range(3), *"ab"], (*[1], 2))
f(1, 2)
