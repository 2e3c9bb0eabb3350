class Celsius:
    def __get__(self, obj, objtype=None):
        return obj._temp
    def __set__(self, obj, value):
        obj._temp = round(value, 1)
class Thermo:
    temp = Celsius()
    def __init__(self, t):
        self.temp = t
th = Thermo(21.456)
print(th.temp)
th.temp = 30.04
print(th.temp, th._temp)
class Lazy:
    def __init__(self):
        self.calls = 0
    @property
    def value(self):
        self.calls += 1
        return 42
z = Lazy()
z.value, z.value, z.calls
