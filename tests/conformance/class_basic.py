class Point:
    """A point in the plane."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)


p = Point(3, 4)
print(p.x, p.y, p.norm2(), Point.dims, p.dims)
q = p.moved(1)
print(q.x, q.y, q.moved(dy=2, dx=1).y)
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__)
print(type(p) is Point, p.__class__ is Point, type(p).__name__)
print(isinstance(p, Point), isinstance(p, object), isinstance(3, Point))
print(issubclass(Point, object), issubclass(int, Point))
print(Point.norm2(p), Point.__bases__, Point.__mro__)
print(sorted(vars(p).items()) if False else sorted(p.__dict__.items()))
p.z = 5
print(p.z, "z" in p.__dict__)
del p.z
print(hasattr(p, "z"), getattr(p, "z", None))
setattr(p, "w", 9)
print(p.w)
Point.dims = 3
print(q.dims)
print(repr(Point))
