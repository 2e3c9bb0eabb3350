# property setters interacting with __init__ and class-level defaults
class Temperature:
    unit = "C"
    _min = -273.15

    def __init__(self, value):
        self.value = value

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        if v < self._min:
            raise ValueError(f"{v} below absolute zero")
        self._value = round(v, 2)

t = Temperature(21.456)
assert t.value == 21.46
t.value = -10
assert t.value == -10
assert "value" not in vars(t) and "_value" in vars(t)
print(t.value, t.unit, sorted(vars(t)))
Temperature(-300)
