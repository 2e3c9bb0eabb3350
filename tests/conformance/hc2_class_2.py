# inheritance and super()
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
class Dog(Animal):
    sound = "woof"
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + "!"
class Puppy(Dog):
    def speak(self):
        return super().speak().upper()
for a in (Animal("gen"), Dog("rex", "lab"), Puppy("bit", "pug")):
    print(a.speak(), type(a).__name__, isinstance(a, Animal))
print(Puppy.__mro__, Puppy.__bases__, issubclass(Puppy, Animal))
Puppy("x")
