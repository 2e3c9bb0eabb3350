class Celsius:
    def __set_name__(self, owner, name):
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"expected a number, got {type(value).__name__}")
        setattr(obj, self.private, value)
class Reading:
    temp = Celsius()
    def __init__(self, t):
        self.temp = t
r = Reading(21.5)
print(r.temp, r._temp, type(Reading.temp).__name__)
r.temp = 30
print(r.temp)
r.temp = "hot"
