from typing import NamedTuple
class Point(NamedTuple):
    x: float
    y: float = 0.0
    def dist(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3, 4)
print(p, p.dist(), p._fields, p._field_defaults, Point.__annotations__)
print(p + (1,), p * 2, sorted([Point(2), Point(1, 5)]), max(Point(1, 2), Point(1, 3)))
a, b = p
print(a, b, p.count(3), p.index(4))
try:
    class Bad(NamedTuple):
        x: int = 0
        y: int
except TypeError as e:
    print(e)
Point(1, 2, 3)
