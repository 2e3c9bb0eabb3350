from typing import NamedTuple

class Point(NamedTuple):
    x: int
    y: int = 0

    def norm1(self):
        return abs(self.x) + abs(self.y)

p = Point(3, -4)
print(p, p.x, p[1], p.norm1(), len(p), tuple(p), p == (3, -4), Point(1), Point(y=2, x=1))
x, y = p
print(x, y, p._fields, p._asdict(), p._replace(y=1), Point._field_defaults, isinstance(p, tuple))
print(sorted([Point(2, 1), Point(1, 5)]), {p: 1}[Point(3, -4)], hash(p) == hash((3, -4)), p + (1,))
for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {"z": 2}), ((1,), {"x": 2})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print(e)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print(e)
class Point3(Point):
    def total(self):
        return sum(self)
print(Point3(1, 2).total(), Point3(1, 2))
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError")
