class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __iter__(self):
        return iter(self.items)
    def __contains__(self, x):
        print("contains", x)
        return x in self.items
    def __add__(self, other):
        return Bag(*self.items, *other)
    def __iadd__(self, other):
        self.items.extend(other)
        return self
    def __mul__(self, n):
        return Bag(*(self.items * n))
    def __eq__(self, other):
        return isinstance(other, Bag) and sorted(self.items) == sorted(other.items)
    __hash__ = None
    def __repr__(self):
        return f"Bag{tuple(self.items)}"
b = Bag(1, 2)
print(2 in b, 5 in b, b + [3], b * 2, b == Bag(2, 1))
alias = b
b += (9,)
print(alias, alias is b, sorted(b), max(b), list(map(str, b)))
class IterOnly:
    def __iter__(self):
        yield from (1, 2, 3)
print(2 in IterOnly(), 7 in IterOnly())
b * "x"
