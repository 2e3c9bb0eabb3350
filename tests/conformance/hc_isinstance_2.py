class Animal: pass
class Dog(Animal): pass
class Cat(Animal): pass
pets = [Dog(), Cat(), Dog(), Animal()]
print([type(p).__name__ for p in pets])
print(sum(isinstance(p, Dog) for p in pets), sum(isinstance(p, Animal) for p in pets))
print(issubclass(Dog, (Cat, Animal)), issubclass(Dog, Dog), Dog.__bases__[0].__name__)
try:
    isinstance(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(Dog(), Animal)
except TypeError as e:
    print(type(e).__name__, e)
isinstance(Dog(), Animal | int)
