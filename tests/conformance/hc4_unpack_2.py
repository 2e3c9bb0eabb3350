def f(a, b, *args, c=10, **kwargs):
    return a, b, args, c, kwargs

print(f(*[1, 2, 3, 4], **{"c": 5, "d": 6}))
print(f(1, *(2,), c=3))
args = (1,)
kw = {"b": 2, "z": 9}
print(f(*args, **kw))
def g(*, key):
    return key
print(g(**{"key": "v"}))
try:
    f(1, 2, **{"a": 5})
except TypeError as e:
    print(e)
try:
    g("pos")
except TypeError as e:
    print(e)
f(1, **{"c": 1}, **{"c": 2})
