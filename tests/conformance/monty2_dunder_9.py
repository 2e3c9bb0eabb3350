# __iter__ returning a generator and __next__ iterator class
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

class Evens:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        for i in range(0, self.limit, 2):
            yield i

assert list(Countdown(3)) == [3, 2, 1]
assert sum(Evens(10)) == 20
assert max(Evens(7)) == 6
it = iter(Countdown(2))
assert next(it) == 2 and next(it) == 1
assert next(it, "done") == "done"
print(list(zip(Countdown(3), Evens(6))))
next(it)
