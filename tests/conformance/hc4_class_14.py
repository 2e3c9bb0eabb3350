class Celsius:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 0.0)
    def __set__(self, obj, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"expected number, got {type(value).__name__}")
        setattr(obj, self.name, float(value))

class Reading:
    temp = Celsius()
    other = Celsius()

r = Reading()
r.temp = 21
print(r.temp, r.other, type(Reading.temp).__name__, r._temp)
r.other = "hot"
