# dataclass with methods, properties and classmethod factory
from dataclasses import dataclass

@dataclass
class Temperature:
    celsius: float

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

    def warmer(self, d):
        return Temperature(self.celsius + d)

t = Temperature.from_f(212)
assert t == Temperature(100.0)
assert t.warmer(5).fahrenheit == 221.0
print(t, f"{t.fahrenheit:.0f}F")
