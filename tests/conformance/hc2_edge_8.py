# int subclass and float subclass behaviour
class Meters(float):
    def __repr__(self):
        return f"{float(self)}m"
    def __add__(self, o):
        return Meters(float(self) + float(o))
m = Meters(1.5)
print(m, repr(m), m + 2, m * 2, type(m * 2).__name__, type(m + 2).__name__, m == 1.5)
class Flags(int):
    def has(self, bit):
        return bool(self & bit)
f = Flags(5)
print(f.has(4), f.has(2), f + 1, type(f + 1).__name__, f"{f:04b}", str(f), Flags("7"))
Flags("x")
