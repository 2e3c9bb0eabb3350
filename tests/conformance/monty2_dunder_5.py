# __format__ with custom spec
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return f"${self.cents / 100:.2f}"
        if spec == "c":
            return f"{self.cents}c"
        return format(self.cents / 100, spec)

m = Money(12345)
assert f"{m}" == "$123.45"
assert f"{m:c}" == "12345c"
assert f"{m:>10.1f}" == "     123.5"
assert format(m) == "$123.45"
assert "{:c}".format(m) == "12345c"
assert "{0}|{0:c}".format(m) == "$123.45|12345c"
print(f"total: {m}")
format(m, ",.3f")
