# class pattern matching subclasses, and a class pattern with a non-class
class Animal:
    __match_args__ = ("name",)
    def __init__(self, name):
        self.name = name

class Dog(Animal):
    pass

class Cat(Animal):
    pass

def speak(a):
    match a:
        case Dog(name):
            return f"{name}: woof"
        case Cat(name):
            return f"{name}: meow"
        case Animal(name):
            return f"{name}: ..."

assert speak(Dog("rex")) == "rex: woof"
assert speak(Cat("tom")) == "tom: meow"
assert speak(Animal("x")) == "x: ..."
print(speak(Dog("fido")))
notaclass = 3
match 3:
    case notaclass():
        pass
