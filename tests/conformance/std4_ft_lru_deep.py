import sys
from functools import lru_cache, cache
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(800))
print(fib.cache_info())
@cache
def paths(i, j):
    if i == 0 or j == 0:
        return 1
    return paths(i - 1, j) + paths(i, j - 1)
print(paths(300, 300) % 1000007, paths.cache_info().currsize)
@lru_cache(maxsize=3)
def small(n):
    return n if n == 0 else small(n - 1) + 1
print(small(500), small.cache_info())
@lru_cache
def kw(n, *, step=1):
    return 0 if n <= 0 else kw(n - step, step=step) + 1
print(kw(600, step=1), kw.cache_info())
@cache
def boom(n):
    if n == 0:
        raise ValueError("bottom")
    return boom(n - 1)
try:
    boom(400)
except ValueError as e:
    print("ValueError", e, boom.cache_info())
@cache
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError")
