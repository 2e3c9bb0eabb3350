class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def __str__(self):
        return self.speak()
class Dog(Animal):
    sound = "woof"
class Cat(Animal):
    sound = "meow"
    def speak(self):
        return super().speak().upper()
pets = [Dog("rex"), Cat("tom"), Animal("thing")]
for p in pets:
    print(p)
print([type(p).__name__ for p in pets])
print(vars(pets[0]), Dog.__bases__, Dog.__name__, Dog.__qualname__)
pets[0].speak()
