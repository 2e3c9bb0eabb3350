# enum in match statement
from enum import Enum

class Shape(Enum):
    CIRCLE = "circle"
    SQUARE = "square"
    TRIANGLE = "triangle"

def sides(s):
    match s:
        case Shape.CIRCLE:
            return 0
        case Shape.SQUARE:
            return 4
        case Shape.TRIANGLE:
            return 3

def classify(s):
    match s:
        case Shape.CIRCLE | Shape.SQUARE:
            return "round-or-square"
        case other:
            return f"other:{other.value}"

assert [sides(s) for s in Shape] == [0, 4, 3]
assert classify(Shape.SQUARE) == "round-or-square"
assert classify(Shape.TRIANGLE) == "other:triangle"
assert sides("circle") is None
print([classify(s) for s in Shape])
try:
    Shape("hexagon")
except Exception as e:
    print(type(e).__name__ + ":", e)
