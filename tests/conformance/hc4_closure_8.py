def fib_memo():
    cache = {}
    def fib(n):
        if n in cache:
            return cache[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = r
        return r
    return fib, cache

fib, cache = fib_memo()
assert fib(80) == 23416728348467685
assert len(cache) == 81
fib(90)
