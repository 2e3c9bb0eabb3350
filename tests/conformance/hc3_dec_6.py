import functools
def timer_like(fn):
    calls = []
    @functools.wraps(fn)
    def w(*a):
        calls.append(a)
        return fn(*a)
    w.calls = calls
    return w
@timer_like
@functools.lru_cache(maxsize=2)
def sq(x):
    return x * x
print([sq(i) for i in [1, 2, 1, 3, 1]])
print(sq.calls, sq.__name__)
print(sq.__wrapped__.cache_info())
