# === decorators with closures ===
def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_square(n):
    return n * n
assert slow_square(4) == 16 and slow_square(4) == 16, 'cached'
assert slow_square.cache == {(4,): 16}, slow_square.cache
def repeat(times):
    def deco(fn):
        def inner(*a, **k):
            return [fn(*a, **k) for _ in range(times)]
        return inner
    return deco
@repeat(3)
def hello(name='x'):
    return f'hi {name}'
assert hello() == ['hi x'] * 3, hello()
assert hello(name='y')[0] == 'hi y', 'kwargs'
hello.__name__
