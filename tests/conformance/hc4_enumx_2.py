from enum import Enum
class Coin(Enum):
    PENNY = (1, "penny")
    DIME = (10, "dime")
    def __new__(cls, cents, label):
        obj = object.__new__(cls)
        obj._value_ = cents
        obj.label = label
        return obj
    def __str__(self):
        return f"{self.label}({self.value}c)"
print(Coin(10), Coin.PENNY.label, Coin.DIME.value, list(Coin))
class Shape(Enum):
    CIRCLE = 1
    SQUARE = 2
    def area(self, size):
        match self:
            case Shape.CIRCLE:
                return round(3.14159 * size * size, 2)
            case Shape.SQUARE:
                return size * size
print([s.area(2) for s in Shape], Shape.CIRCLE.area.__name__)
print(Shape["SQUARE"], Shape.__members__.keys(), type(Shape.__members__).__name__)
print(repr(Shape), Shape.CIRCLE == 1, Shape.CIRCLE.value == 1, hash(Shape.CIRCLE) == hash(Shape.CIRCLE))
Shape.TRIANGLE
