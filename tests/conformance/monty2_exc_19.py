# exception with keyword-only fields and a __str__ that uses them
class RangeErr(ValueError):
    def __init__(self, value, *, lo, hi):
        super().__init__(value)
        self.lo, self.hi = lo, hi
    def __str__(self):
        return f"{self.args[0]} not in [{self.lo}, {self.hi}]"

def check(v):
    if not 0 <= v <= 10:
        raise RangeErr(v, lo=0, hi=10)
    return v

assert check(3) == 3
try:
    check(11)
except ValueError as e:
    print(type(e).__name__, e, e.args)
check(-1)
