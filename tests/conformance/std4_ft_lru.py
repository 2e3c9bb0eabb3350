from functools import lru_cache, cache
calls = []
@lru_cache
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), len(calls))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@lru_cache(maxsize=2)
def sq(x):
    print("compute", x)
    return x * x
sq(1); sq(2); sq(1); sq(3); sq(2); sq(1)
info = sq.cache_info()
print(info, info.hits, info.misses, info.maxsize, info.currsize)
print(sq.cache_parameters())
@cache
def g(a, b=2, *, c=3):
    print("g", a, b, c)
    return a + b + c
print(g(1), g(1), g(1, 2), g(1, b=2), g(1, c=3), g(a=1))
print(g.cache_info())
print(g.__name__, g.__wrapped__.__name__, g.__doc__)
try:
    g([1])
except TypeError as e:
    print("TypeError", e)
@lru_cache(maxsize=None)
def h(x):
    """doc of h"""
    return x
print(h(1), h.cache_info(), h.__doc__, h.__qualname__)
@lru_cache(typed=True)
def t(x):
    print("t", type(x).__name__)
    return x
t(1); t(1.0); t(1)
print(t.cache_info())
try:
    lru_cache("x")
except TypeError as e:
    print(e)
@lru_cache(maxsize=0)
def z(x):
    return x
z(1); z(1)
print(z.cache_info())
@lru_cache(-5)
def neg(x):
    return x
neg(1); neg(1)
print(neg.cache_info())
class K:
    @lru_cache(maxsize=None)
    def m(self, x):
        print("m", x)
        return x * 2
k = K()
print(k.m(3), k.m(3), K.m.cache_info())
def fails(x):
    raise KeyError(x)
cf = cache(fails)
try:
    cf(1)
except KeyError as e:
    print("KeyError", e)
print(cf.cache_info())
