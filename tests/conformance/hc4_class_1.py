class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(25)
print(t.fahrenheit)
t.celsius = 100
assert t.fahrenheit == 212.0
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(e)
t.celsius = -300
