# property() call form and computed attributes in sorting
class Temp:
    def __init__(self, c):
        self.c = c
    def _get_f(self):
        return self.c * 9 / 5 + 32
    def _set_f(self, f):
        self.c = (f - 32) * 5 / 9
    fahrenheit = property(_get_f, _set_f, doc="degrees F")

t = Temp(100)
assert t.fahrenheit == 212.0
t.fahrenheit = 32
assert t.c == 0.0
temps = [Temp(30), Temp(-5), Temp(12)]
assert [x.c for x in sorted(temps, key=lambda x: x.fahrenheit)] == [-5, 12, 30]
assert Temp.fahrenheit.__doc__ == "degrees F"
print(f"{Temp(37).fahrenheit:.1f}")
