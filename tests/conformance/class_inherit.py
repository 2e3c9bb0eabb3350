class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def kind(self):
        return "animal"


class Dog(Animal):
    sound = "woof"

    def kind(self):
        return "dog, an " + super().kind()


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + f" ({self.age})"


p = Puppy("rex", 1)
print(p.speak(), p.kind())
print(isinstance(p, Animal), issubclass(Puppy, Animal), issubclass(Animal, Puppy))
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__base__ is Dog, Dog.__bases__)
print(isinstance(p, (int, Dog)))
