class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return format(self.cents / 100, spec or ".2f")
    def __str__(self):
        return f"Money({self.cents})"
    def __repr__(self):
        return f"<Money {self.cents}c>"
m = Money(12345)
print(f"{m}", f"{m:short}", f"{m:>10.1f}", f"{m!s}", f"{m!r}")
print("{:short}".format(m), format(m, ".3f"), str(m), repr(m))
print([m], (m,), {"k": m})
