# super() in classmethod and staticmethod alternate constructors
class Animal:
    registry = []
    def __init__(self, name):
        self.name = name
    @classmethod
    def create(cls, name):
        obj = cls(name)
        Animal.registry.append(type(obj).__name__)
        return obj
    @staticmethod
    def kind():
        return "animal"

class Dog(Animal):
    @classmethod
    def create(cls, name):
        obj = super().create(name.title())
        obj.tricks = []
        return obj
    @staticmethod
    def kind():
        return "dog:" + Animal.kind()

d = Dog.create("rex")
assert d.name == "Rex" and d.tricks == []
assert type(d) is Dog
a = Animal.create("cat")
assert Animal.registry == ["Dog", "Animal"]
assert Dog.kind() == "dog:animal" and d.kind() == "dog:animal"
print(Animal.registry, d.name)
a.tricks
