# methods stored as attributes, bound method identity and __self__
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self

c = Counter()
m = c.inc
m()
m(5)
assert c.n == 6
assert m.__self__ is c
assert m.__func__ is Counter.inc
assert c.inc().inc().n == 8
f = Counter.inc
f(c, 2)
assert c.n == 10
print(c.n, Counter.inc.__name__, m.__name__)
Counter.inc()
