# format with __format__ on custom classes
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec or '.2f'}}"
    def __str__(self):
        return "Money!"
m = Money(12345)
print(f"{m}", f"{m:short}", f"{m:,.1f}", format(m, ""), str(m), "{:short}".format(m))
class Plain:
    pass
print(f"{Plain()!s:.8}")
f"{Plain():>10}"
