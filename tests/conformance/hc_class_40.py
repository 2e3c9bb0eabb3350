class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def __lt__(self, other):
        return self.area() < other.area()
    def __repr__(self):
        return f"{self.name}:{self.area():.1f}"
class Sq(Shape):
    def __init__(self, s):
        super().__init__("sq")
        self.s = s
    def area(self):
        return self.s ** 2
class Tri(Shape):
    def __init__(self, b, h):
        super().__init__("tri")
        self.b, self.h = b, h
    def area(self):
        return 0.5 * self.b * self.h
shapes = [Sq(3), Tri(4, 5), Sq(1), Tri(1, 1)]
print(sorted(shapes), max(shapes), min(shapes))
print(sum(s.area() for s in shapes), [type(s).__name__ for s in shapes])
by_type = {}
for s in shapes:
    by_type.setdefault(type(s).__name__, []).append(s)
by_type
