def f(a, b, c, d=0, **kw):
    return (a, b, c, d, sorted(kw.items()))
args = [1, 2]
print(f(*args, 3))
print(f(0, *args))
print(f(*[1], *(2, 3), 4))
kw = {"d": 9, "x": 1}
print(f(1, 2, 3, **kw))
print(f(**{"a": 1, "b": 2}, c=3, **{"y": 5}))
print(f(*range(3), **dict(d=7)))
print(*"abc", sep="-")
print(*[], "end")
f(*args, *args)
