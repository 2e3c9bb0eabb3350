from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], p._asdict(), p._replace(x=10), Point._fields)
x, y = p
print(x + y, p == (3, 4), len(p), isinstance(p, tuple))
Row = namedtuple("Row", "id name score", defaults=[0])
print(Row(1, "a"), Row._make([2, "b", 9]))
print(sorted([Row(2, "b", 5), Row(1, "z", 5)], key=lambda r: (r.score, r.id)))
p.x = 5
