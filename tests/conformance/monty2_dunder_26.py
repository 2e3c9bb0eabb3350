# sum() of custom objects relies on __radd__ with 0
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if other == 0:
            return self
        return NotImplemented
    def __radd__(self, other):
        return self.__add__(other)
    def __repr__(self):
        return f"${self.cents / 100:.2f}"

wallet = [Money(150), Money(275), Money(5)]
assert repr(sum(wallet)) == "$4.30"
assert repr(sum(wallet, Money(100))) == "$5.30"
print(sum(wallet), sum([], Money(0)))
sum([Money(1), 2])
