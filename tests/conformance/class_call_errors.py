class Point:
    def __init__(self, x, y=0):
        self.x, self.y = x, y

    def move(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    @classmethod
    def make(cls, v):
        return cls(v, v)

    @staticmethod
    def zero():
        return Point(0)

p = Point(1)
tests = [
    lambda: p.move(1),
    lambda: p.move(1, 2, 3),
    lambda: Point.move(1, 2),
    lambda: Point.move(),
    lambda: p.move(dx=1, dz=2),
    lambda: Point.make(),
    lambda: Point.zero(1),
    lambda: Point(),
    lambda: Point(1, 2, y=3),
    lambda: p(),
    lambda: Point.nothing,
    lambda: p.move(*[1], **{"dy": 2}).y,
    lambda: Point(*(4,)).x,
    lambda: Point(**{"x": 5}).x,
    lambda: super(Point, 5),
    lambda: super(5, p),
]
for t in tests:
    try:
        print(t())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

class NoSelf:
    def f():
        return 1
try:
    NoSelf().f()
except TypeError as e:
    print(e)
print(NoSelf.f())
