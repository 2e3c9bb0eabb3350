# collections.namedtuple: fields, defaults, _asdict, _replace, _make, tuple behaviour
from collections import namedtuple


def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), list(p), p == (1, 2), tuple(p))
x, y = p
print(x, y, p._fields, Point._fields, p._asdict(), p._replace(y=5), Point._make([3, 4]))
print(Point, Point.__name__, type(p).__name__, isinstance(p, tuple), hash(p) == hash((1, 2)))
print(sorted([Point(2, 1), Point(1, 3)]), p + (3,), p * 2, p[:1], 1 in p, p.count(1), p.index(2))
P3 = namedtuple("P3", "a, b c", defaults=[0, 9])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults)
Emp = namedtuple("Emp", "name  age", rename=False)
e = Emp("ann", 30)
print(e, {e: 1}[Emp("ann", 30)], e._asdict()["name"])
R = namedtuple("R", ["ok", "def", "ok", "_x"], rename=True)
print(R._fields, R(1, 2, 3, 4))
err(lambda: namedtuple("Bad", ["1x"]))
err(lambda: namedtuple("Bad", ["class"]))
err(lambda: namedtuple("Bad", ["_x"]))
err(lambda: namedtuple("Bad", ["x", "x"]))
err(lambda: namedtuple("1Bad", "x"))
err(lambda: namedtuple("Bad", "x", defaults=[1, 2]))
err(lambda: Point(1))
err(lambda: Point(1, 2, 3))
err(lambda: Point(1, 2, z=3))
err(lambda: p._replace(z=1))
err(lambda: Point._make([1]))


def set_attr():
    p.x = 5


err(set_attr)
Empty = namedtuple("Empty", "")
print(Empty(), Empty._fields, len(Empty()))


class Vec(namedtuple("Vec", "x y")):
    def norm1(self):
        return abs(self.x) + abs(self.y)


v = Vec(3, -4)
print(v, v.norm1(), v._replace(x=0))
match p:
    case Point(x=1, y=yy):
        print("match", yy)
match p:
    case (a, b):
        print("seq", a, b)
print([pt.x for pt in map(Point._make, [(1, 2), (3, 4)])])
err(lambda: namedtuple("X", [1]))
err(lambda: namedtuple(1, "a"))
err(lambda: namedtuple("X", ["_a", "class"]))
err(lambda: namedtuple("X", ["b", "_a", "b"]))
print(namedtuple("Y", ("p", "q"))(1, 2), namedtuple("Z", "r s", rename=True)._fields)
