# class decorator adding methods and registering classes
registry = {}

def register(cls):
    registry[cls.__name__.lower()] = cls
    def describe(self):
        return f"{cls.__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"
    cls.describe = describe
    return cls

@register
class Cat:
    def __init__(self, name):
        self.name = name

@register
class Car:
    def __init__(self, make, year):
        self.make = make
        self.year = year

assert sorted(registry) == ["car", "cat"]
assert registry["cat"]("tom").describe() == "Cat(name='tom')"
assert Car("vw", 1990).describe() == "Car(make='vw', year=1990)"
print(registry["car"]("fiat", 2001).describe())
registry["dog"]
