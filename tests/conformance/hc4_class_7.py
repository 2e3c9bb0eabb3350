class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

c = Countdown(3)
assert list(c) == [3, 2, 1]
assert list(c) == []
class Box:
    def __init__(self, items):
        self.items = items
    def __bool__(self):
        return bool(self.items)
    def __len__(self):
        return 99
print(bool(Box([])), bool(Box([0])), len(Box([])))
class OnlyLen:
    def __len__(self):
        return 0
print(bool(OnlyLen()), "yes" if OnlyLen() else "no")
class BadLen:
    def __len__(self):
        return -1
len(BadLen())
