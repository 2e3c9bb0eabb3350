from functools import lru_cache, cache, partial
deco = lru_cache(maxsize=2)
print(repr(deco).startswith("<function lru_cache.<locals>.decorating_function at 0x"))
wrapped_len = cache(len)
print(wrapped_len("abc"), wrapped_len("abc"), wrapped_len.cache_info())
pw = lru_cache(partial(pow, 2))
print(pw(10), pw(10), pw.cache_info().hits)
@lru_cache(maxsize=2)
def f(x):
    return [x]
a = f(1)
print(a is f(1), f(2), f(3), a is f(1), f.cache_info())
print(list(map(f, [1, 1, 2])), f.cache_info())
print(sorted([3, 1, 2], key=cache(lambda v: -v)))
try:
    cache(5)
except TypeError as e:
    print("TypeError", e)
try:
    f()
except TypeError as e:
    print("TypeError", e)
