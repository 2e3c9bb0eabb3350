# classes deriving from tuple (besides NamedTuple): instances are tuples of the class
from typing import NamedTuple


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]

    def swap(self):
        return Pair(self[1], self[0])


p = Pair(1, 2)
print(p, repr(p), type(p).__name__, p.first, p.swap(), len(p), p[1], p + (3,), type(p + (3,)).__name__)
print(isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)), {p: 'x'}[(1, 2)], list(p), sorted(p, reverse=True))
a, b = p
print(a, b, p.count(1), p.index(2), p[::-1], 2 in p, max(p))
p.note = 'hi'
print(p.note, p.__dict__)


class Plain(tuple):
    pass


t = Plain([3, 4, 5])
print(t, Plain(), Plain('ab'), t[1:], type(t[1:]).__name__, tuple(t), type(tuple(t)).__name__)


class Labeled(tuple):
    def __init__(self, items):
        self.label = 'L%d' % len(self)

    def __repr__(self):
        return self.label + super().__repr__()


print(Labeled([1, 2]), repr(Labeled(())))


class Point(NamedTuple):
    x: int
    y: int = 0


class Point3(Point):
    def norm(self):
        return abs(self.x) + abs(self.y)


print(Point(1), Point3(3, -4).norm(), Point3(1, 2))
for bad in [lambda: Plain(1, 2), lambda: Plain(5), lambda: Plain(x=1), lambda: Point3(1).z]:
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
Pair(1, 2)[5]
