from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=9), Point._fields, Point._make([3, 4]))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple))
Emp = namedtuple("Emp", "name dept salary", defaults=[0])
print(Emp("a", "b"), Emp._field_defaults)
Point(1, 2, 3)
