from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name}: area={self.area()}, perimeter={self.perimeter()}"
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s
    @property
    def name(self):
        return "square"
print(Square(3).describe(), isinstance(Square(1), Shape), issubclass(Square, ABC))
class Partial(Shape):
    def area(self):
        return 0
try:
    Partial()
except TypeError as e:
    print(e)
Shape()
