class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents
    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents
    def __le__(self, other):
        return self.cents <= other.cents
    def __repr__(self):
        return f"Money({self.cents})"

a, b = Money(5), Money(7)
print(a == b, a != b, a == Money(5), a != Money(5), a < b, b > a, a <= b, b >= a)
print(a == 5, a != 5, 5 == a)
print(sorted([b, a, Money(1)]), max([a, b]), min(a, b))
print(a in [Money(1), Money(5)], [a, b].index(Money(7)), [a, b, Money(5)].count(a))
try:
    a < 3
except TypeError as e:
    print(e)
try:
    hash(a)
except TypeError as e:
    print(e)
print(Money.__hash__)

class Plain:
    pass
x, y = Plain(), Plain()
print(x == x, x == y, x != y)
try:
    x < y
except TypeError as e:
    print(e)
