# __slots__: declared attributes work, others are refused, inheritance keeps the restriction
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __slots__ = ["z"]
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class Loose(Point):
    pass

p = Point3(1, 2, 3)
assert (p.x, p.y, p.z) == (1, 2, 3)
del p.z
assert not hasattr(p, "z")
l = Loose(0, 0)
l.extra = 5
assert l.extra == 5 and "extra" in l.__dict__

class One:
    __slots__ = "only"

o = One()
o.only = 1
for target, attr in ((p, "w"), (o, "other")):
    try:
        setattr(target, attr, 1)
    except AttributeError as e:
        print(e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
print(o.only, Point.__slots__, Point3.__slots__)
Point(1, 2).y = 3
Point(1, 2).color = "red"
