def gen():
    x = yield
    while True:
        x = yield x * 2 if x is not None else None
g = gen()
next(g)
print(g.send(1), g.send(5), g.send(None), g.send(10))
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1
c = counter()
print([next(c) for _ in range(3)], c.send("reset"), next(c))
lazy = (print("evaluated", n) or n for n in range(3))
print("before consuming")
print(next(lazy))
def fib_gen(limit):
    a, b = 0, 1
    while a < limit:
        yield a
        a, b = b, a + b
print(list(fib_gen(100)), sum(fib_gen(10 ** 6)))
print([x for x in fib_gen(50) if x % 2 == 0], max(fib_gen(1000)))
