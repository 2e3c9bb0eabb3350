class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return super().__getattribute__(name)
    def method(self):
        return self.x + 1
obj = Logged()
print(obj.x)
print(obj.method())
print(hasattr(obj, "nope"), getattr(obj, "x"))
class Defaulting:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"<missing {name}>"
d = Defaulting()
d.real = "set"
print(d.magic, d.real, d.other)
class Sub(Defaulting):
    pass
print(Sub().magic, Sub().anything)
try:
    object.__getattribute__(d, "other")
except AttributeError as e:
    print(e)
try:
    object.__getattribute__(d, 5)
except TypeError as e:
    print(e)
print(object.__getattribute__([1, 2], "count")(1), object.__getattribute__(3, "real"))
class Raising:
    def __getattribute__(self, name):
        raise KeyError(name)
try:
    Raising().a
except KeyError as e:
    print("KeyError", e)
class WithProp:
    @property
    def area(self):
        return 6
    def __getattribute__(self, name):
        if name == "area":
            print("intercepted area")
        return object.__getattribute__(self, name)
print(WithProp().area)
Logged().missing
