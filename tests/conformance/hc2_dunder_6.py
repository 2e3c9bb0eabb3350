# __format__ raising and format with custom spec
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        if spec.endswith("C") or not spec:
            return format(self.c, (spec[:-1] or "") + "f") + "°C"
        raise ValueError(f"Invalid format specifier {spec!r} for Temp")
t = Temp(21.5)
print(f"{t}", f"{t:.1C}", f"{t:.0F}", "{:.2F}".format(t), format(t, ".3C"))
f"{t:x}"
