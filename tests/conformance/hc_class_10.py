class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __hash__(self):
        return hash(self.cents)
    def __repr__(self):
        return f"${self.cents / 100:.2f}"
ms = [Money(500), Money(150), Money(999)]
print(sorted(ms), max(ms), min(ms), Money(1) == Money(1), Money(1) == 1)
print(len({Money(1), Money(1), Money(2)}))
print(Money(3) > Money(2))
Money(3) <= Money(2)
