class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        """Degrees Celsius."""
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
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
t.celsius = 0
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(e)
del t.celsius
print(hasattr(t, "_c"))
print(type(Temp.celsius).__name__, isinstance(Temp.fahrenheit, property))

class Lazy:
    def _get(self):
        return 42
    answer = property(_get)
print(Lazy().answer)
try:
    del Lazy().answer
except AttributeError as e:
    print(e)
