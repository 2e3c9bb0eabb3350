class Temperature:
    unit = "C"
    def __init__(self, v):
        self.v = v
    @classmethod
    def freezing(cls):
        return cls(0)
    def __repr__(self):
        return f"{type(self).__name__}({self.v}{self.unit})"

class Fahrenheit(Temperature):
    unit = "F"
    @classmethod
    def freezing(cls):
        t = super().freezing()
        t.v = 32
        return t

print(Temperature.freezing(), Fahrenheit.freezing(), Fahrenheit(1).freezing())
Temperature.unit = "K"
print(Temperature(5), Fahrenheit(5))
t = Temperature(1)
t.unit = "X"
print(t, Temperature(2))
