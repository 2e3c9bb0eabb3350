x = 1
def f():
    x = 2
    def g():
        x = 3
        def h():
            return x
        return h()
    return g(), x
print(f(), x)
def counter_factory():
    count = 0
    class Counter:
        def inc(self):
            nonlocal count
            count += 1
            return count
    return Counter()
c = counter_factory()
c.inc(); print(c.inc())
print([x for x in range(3)], x)
lam = lambda: x
x = 99
print(lam())
