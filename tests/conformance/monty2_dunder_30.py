# __reversed__, __contains__ and __iter__ together; reversed() fallback to __len__/__getitem__
class Ring:
    def __init__(self, items):
        self.items = list(items)
    def __iter__(self):
        return iter(self.items)
    def __reversed__(self):
        return iter(self.items[::-1])
    def __contains__(self, x):
        return x in self.items

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10

assert list(reversed(Ring("abc"))) == ["c", "b", "a"]
assert list(reversed(Seq())) == [20, 10, 0]
assert "b" in Ring("abc") and list(Seq()) == [0, 10, 20]
print(list(reversed(Ring([1, 2]))), list(reversed(Seq())))
reversed(Ring([]).items.append(1))
