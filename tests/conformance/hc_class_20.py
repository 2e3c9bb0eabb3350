class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak().upper()
animals = [Animal("generic"), Dog("rex"), Puppy("bit")]
for a in animals:
    print(a.speak())
Dog.sound = "WOOF"
print(animals[1].speak(), animals[2].speak())
animals[1].sound = "arf"
print(animals[1].speak(), Dog.sound)
print(Puppy.__bases__, Puppy.__name__)
