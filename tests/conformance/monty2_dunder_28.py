# descriptors with __get__/__set__/__set_name__
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("ann", 30)
p.age += 1
assert (p.name, p.age) == ("ann", 31)
assert isinstance(Person.name, Typed)
assert sorted(vars(p)) == ["_age", "_name"]
print(p.name, p.age)
Person("bob", "old")
