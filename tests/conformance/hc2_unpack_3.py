# unpacking in calls and literals
def f(a, b, c=0, *args, **kw):
    return a, b, c, args, kw
print(f(*[1, 2]), f(*"xy", 3, 4), f(1, *(2, 3), *[4], k=1), f(**{"a": 1, "b": 2}, c=5))
print([*range(3), *"ab"], (*[1], 2), {*[1, 2], 3}, {**{"a": 1}, "b": 2, **{"a": 3}})
args = {"b": 2}
print(f(1, **args), f(*(), a=1, b=2))
f(1, **{"a": 2, "b": 3})
