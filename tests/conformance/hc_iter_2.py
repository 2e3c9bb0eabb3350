class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
f = Fib(100)
print(list(f), sum(f), max(f), 55 in f, 56 in f)
print(list(enumerate(Fib(5))), dict(zip(Fib(10), "abcdefg")))
print(sorted(Fib(30), reverse=True)[:3], any(x > 50 for x in f))
class Bad:
    def __iter__(self):
        return 5
iter(Bad())
