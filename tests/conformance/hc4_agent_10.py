from functools import lru_cache, cache, wraps

@lru_cache(maxsize=None)
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])

print(ways(100), ways.cache_info().hits > 0)
def logged(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        r = fn(*a, **k)
        print(f"{fn.__name__}{a} -> {r}")
        return r
    return wrapper
@logged
def add(a, b):
    "Add two numbers."
    return a + b
add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__(1, 1))
@cache
def sq(x):
    return x * x
[sq(i) for i in (3, 3, 4)]
