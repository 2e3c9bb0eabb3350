# basic Enum: name, value, iteration, lookup
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

assert Color.RED.name == "RED" and Color.RED.value == 1
assert [c.name for c in Color] == ["RED", "GREEN", "BLUE"]
assert Color(2) is Color.GREEN
assert Color["BLUE"] is Color.BLUE
assert len(Color) == 3
assert Color.RED in Color
assert repr(Color.RED) == "<Color.RED: 1>"
assert str(Color.RED) == "Color.RED"
print(Color.GREEN, repr(Color.BLUE), list(Color))
try:
    Color(7)
except Exception as e:
    print(type(e).__name__ + ":", e)
