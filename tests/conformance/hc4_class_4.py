class Money:
    def __init__(self, cents):
        self.cents = cents
    @classmethod
    def from_str(cls, s):
        dollars, _, cents = s.partition(".")
        return cls(int(dollars) * 100 + int(cents or 0))
    @staticmethod
    def fmt(cents):
        return f"${cents // 100}.{cents % 100:02d}"
    def __str__(self):
        return self.fmt(self.cents)
    def __repr__(self):
        return f"Money({self.cents})"
    def __lt__(self, other):
        return self.cents < other.cents

class Euro(Money):
    @staticmethod
    def fmt(cents):
        return f"€{cents / 100:.2f}"

m = Money.from_str("12.5")
e = Euro.from_str("3.07")
print(m, repr(m), e, type(e).__name__)
print(sorted([Money(5), Money(1), Money(3)]))
print(max(Money(5), Money(9)), Money.fmt(123456))
