# nested nonlocal across levels
def a():
    x = 0
    def b():
        def c():
            nonlocal x
            x += 1
            return x
        return c
    f = b()
    f(); f()
    return x
print(a())
def memo():
    cache = {}
    def fib(n):
        if n not in cache:
            cache[n] = n if n < 2 else fib(n - 1) + fib(n - 2)
        return cache[n]
    return fib
fib = memo()
fib(80)
