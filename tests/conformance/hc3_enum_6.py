from enum import Enum
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS = 2
print(list(Shape), Shape.ALIAS, Shape(2), Shape.__members__.keys())
print(Shape.SQUARE is Shape.ALIAS)
def describe(s):
    match s:
        case Shape.SQUARE:
            return "four corners"
        case Shape.CIRCLE:
            return "round"
        case _:
            return "other"
print([describe(s) for s in Shape])
Shape.SQUARE < Shape.CIRCLE
