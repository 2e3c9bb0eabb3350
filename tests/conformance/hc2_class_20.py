# iterator protocol on a class
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
c = Countdown(3)
print(list(c), list(c), [x for x in Countdown(2)], 2 in Countdown(5))
class Evens:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        return iter(range(0, self.limit, 2))
print(list(Evens(7)), sum(Evens(10)), max(Evens(5)))
class NotIter:
    pass
for x in NotIter():
    pass
