class Temperature:
    def __init__(self, c):
        self.c = c
    def __repr__(self):
        return f"Temperature({self.c})"
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] or "") + "°F"
        return format(self.c, spec) + "°C"
t = Temperature(21.5)
print(f"{t}", f"{t:.0f}", f"{t:.1F}", f"{t:F}", "{:>8.2f}".format(t), format(t, ""))
print(f"{t!r:>20}", f"{[t]}")
