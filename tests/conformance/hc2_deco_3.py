# memoization decorator with dict cache
def memoize(fn):
    cache = {}
    def w(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    w.cache = cache
    return w
calls = 0
@memoize
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), calls, len(fib.cache))
@memoize
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
grid_paths(16, 16)
