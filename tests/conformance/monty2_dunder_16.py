# __contains__ falls back to __iter__
class Bag:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        return iter(self.items)

b = Bag(1, 2, 3)
assert 2 in b
assert 5 not in b
assert sorted(Bag(3, 1, 2)) == [1, 2, 3]
assert list(reversed(list(b))) == [3, 2, 1]
assert dict.fromkeys(Bag("x", "y")) == {"x": None, "y": None}
print(tuple(b), set(Bag(1, 1)))
len(b)
