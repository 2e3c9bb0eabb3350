from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=9), Point._fields)
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple))
Point(1)
