class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "cents":
            return f"{self.cents}c"
        return format(self.cents / 100, spec or ".2f")
    def __abs__(self):
        return Money(abs(self.cents))
    def __str__(self):
        return f"${self.cents / 100:.2f}"

m = Money(-1234)
print(f"{m}", f"{m:cents}", f"{m:>10.1f}|", format(m, "cents"), str(abs(m)), "{:cents}".format(m))

class Plain:
    def __str__(self):
        return "plain"
print(f"{Plain()}", format(Plain()), "{}".format(Plain()), f"{Plain()!s:>7}")
try:
    f"{Plain():>7}"
except TypeError as e:
    print(e)
class BadFormat:
    def __format__(self, spec):
        return 5
try:
    format(BadFormat(), "")
except TypeError as e:
    print(e)
try:
    abs(Plain())
except TypeError as e:
    print(e)

class Conv:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __index__(self):
        return 3
print(int(Conv()), float(Conv()), bin(Conv()), [0, 1, 2, 3][Conv()], "abcd"[Conv()])
