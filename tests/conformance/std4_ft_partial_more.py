from functools import partial, reduce, wraps
def f(*args, **kw):
    return args, kw
p = partial(f, 1, a=1)
q = partial(p, 2, a=2, b=3)
print(q(3, c=4), q.args, q.keywords, q.func is f)
print(repr(partial(f)).startswith("functools.partial(<function f at 0x"), repr(partial(len, [1, 2], )))
print(repr(partial(dict, x=[1, "a"], y=None)))
class A:
    def __init__(self, x, y=0):
        self.x, self.y = x, y
mk = partial(A, y=5)
o = mk(1)
print(o.x, o.y, type(o).__name__)
print(partial(partial(partial(max, 1), 2), 3)(), partial(sorted, reverse=True)([1, 3, 2]))
adders = [partial(lambda a, b: a + b, i) for i in range(3)]
print([g(10) for g in adders])
print(reduce(partial(lambda sep, a, b: a + sep + b, "-"), ["x", "y", "z"]))
def counter(fn):
    @wraps(fn)
    def inner(*a):
        inner.calls += 1
        return fn(*a)
    inner.calls = 0
    return inner
@counter
def sq(x):
    """square"""
    return x * x
print(sq(3), sq(4), sq.calls, sq.__name__, sq.__doc__, sq.__wrapped__(5))
try:
    partial(f)(**{"a": 1, 1: 2})
except TypeError as e:
    print("TypeError", e)
