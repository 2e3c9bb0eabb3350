import functools
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
attempt("reduce empty", lambda: functools.reduce(lambda a, b: a + b, []))
attempt("reduce init", lambda: functools.reduce(lambda a, b: a + b, [], 0))
attempt("reduce noncallable", lambda: functools.reduce(5, [1, 2]))
attempt("reduce kw", lambda: functools.reduce(lambda a, b: a * b, [1, 2], initial=3))
attempt("partial bad", lambda: functools.partial(5))
attempt("partial repr", lambda: functools.partial(max, 1, key=abs))
@functools.lru_cache(maxsize=2)
def sq(x):
    print("compute", x)
    return x * x
attempt("cache list arg", lambda: sq([1, 2]))
print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
attempt("lru bad maxsize", lambda: functools.lru_cache(maxsize="x"))
@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info().hits)
attempt("total_ordering none", lambda: functools.total_ordering(type("X", (), {})))
@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(1))
attempt("total_ordering cmp other", lambda: V(1) <= 5)
attempt("cmp_to_key", lambda: sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: a - b)))
attempt("cmp_to_key bad", lambda: sorted([3, 1], key=functools.cmp_to_key(lambda a: 0)))
def deco(f):
    @functools.wraps(f)
    def inner(*a, **k):
        return f(*a, **k)
    return inner
@deco
def documented(x: int) -> int:
    "Doc here."
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented.__annotations__)
class C:
    @functools.cached_property
    def val(self):
        print("computing")
        return 42
c = C()
print(c.val, c.val)
attempt("partial call missing", lambda: functools.partial(lambda a, b: a + b, 1)())
def typed[T](x: T) -> list[T]:
    return [x]
@functools.wraps(typed)
def w(*a):
    return typed(*a)
print(w.__type_params__, w.__annotations__, w.__annotate__ is typed.__annotate__)
def plain(a, b):
    return a
@functools.wraps(plain)
def wp(*a):
    return plain(*a)
print(wp.__annotations__, wp.__annotate__, wp.__type_params__)
try:
    wp.__annotate__ = 5
except TypeError as e:
    print("TypeError:", e)
