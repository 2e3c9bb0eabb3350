# namedtuple
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=9), Point._fields, Point._make([3, 4]))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple), len(p))
P3 = namedtuple("P3", "x y z", defaults=[0])
print(P3(1, 2), P3(1, 2, 3))
p.x = 5
