# properties with setters and deleters
class Temp:
    def __init__(self, c):
        self.celsius = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = -40
print(t.fahrenheit)
del t.celsius
print(hasattr(t, "_c"))
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(e)
Temp(-300)
