# in-place operators: __iadd__ mutates, fallback to __add__ rebinds
class Bag:
    def __init__(self, items=()):
        self.items = list(items)
    def __iadd__(self, other):
        self.items.extend(other)
        return self
    def __add__(self, other):
        return Bag(self.items + list(other))
    def __repr__(self):
        return f"Bag({self.items})"

class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + o)

b = Bag([1])
alias = b
b += [2, 3]
assert alias is b and b.items == [1, 2, 3]
c = b + [4]
assert c is not b and c.items == [1, 2, 3, 4]
n = Num(1)
m = n
n += 5
assert n is not m and n.v == 6 and m.v == 1
print(b, c)
m -= 1
