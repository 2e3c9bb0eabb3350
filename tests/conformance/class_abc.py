from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area():.1f}"

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s

class Half(Shape):
    def area(self):
        return 1.0

print(Square(3).describe(), Square(2).perimeter(), isinstance(Square(1), Shape))
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)

class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

class Impl(Base):
    @property
    def name(self):
        return "impl"

print(Impl().name)
try:
    Base()
except TypeError as e:
    print(e)

class Plain(ABC):
    def hello(self):
        return "hi"
print(Plain().hello())
Half()
