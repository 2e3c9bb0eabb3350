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

print(list(Countdown(3)), sum(Countdown(4)), [x * 2 for x in Countdown(2)])
for i in Countdown(2):
    print("tick", i)
it = iter(Countdown(1))
print(next(it), next(it, "done"))
a, b = Countdown(2)
print(a, b, sorted(Countdown(3)), 2 in Countdown(3), tuple(Countdown(2)))

class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __iter__(self):
        for x in self.items:
            yield x
print(list(Bag(1, 2, 3)), dict.fromkeys(Bag("a", "b")), set(Bag(1, 1)), 3 in Bag(1, 3))

class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
try:
    for x in 5:
        pass
except TypeError as e:
    print(e)
