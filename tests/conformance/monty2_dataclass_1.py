# basic dataclass: init, repr, eq
from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
assert repr(p) == "Point(x=1, y=2)"
assert Point(1) == Point(1, 0)
assert Point(1, 2) != Point(2, 1)
assert p != (1, 2)
assert Point(y=5, x=3).y == 5
print(p, [Point(0)])
Point()
