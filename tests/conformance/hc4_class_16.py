class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes {self.sound()}"
    def sound(self):
        return "..."
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.kind = cls.__name__.lower()

class Dog(Animal):
    def sound(self):
        return "woof"
class Puppy(Dog):
    def sound(self):
        return super().sound().upper()

for a in (Dog("rex"), Puppy("bit")):
    print(a.speak(), a.kind)
print(Dog.kind, hasattr(Animal, "kind"))
Animal.speak(None)
