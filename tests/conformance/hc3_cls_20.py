class Money:
    def __init__(self, amount, cur="USD"):
        self.amount, self.cur = amount, cur
    def __add__(self, other):
        if isinstance(other, int) and other == 0:
            return self
        if other.cur != self.cur:
            raise ValueError(f"currency mismatch: {self.cur} vs {other.cur}")
        return Money(self.amount + other.amount, self.cur)
    __radd__ = __add__
    def __repr__(self):
        return f"{self.amount:.2f} {self.cur}"
    def __lt__(self, o):
        return self.amount < o.amount
wallet = [Money(5), Money(2.5), Money(10)]
print(sum(wallet), max(wallet), sorted(wallet))
sum([Money(1), Money(2, "EUR")])
