import functools
@functools.lru_cache(maxsize=None)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16))
print(paths.cache_info().hits > 0)
@functools.cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30))
paths.cache_clear()
print(paths.cache_info())
