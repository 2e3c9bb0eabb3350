# basic class with __init__, __repr__, __eq__
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
p, q = Point(1, 2), Point(1, 2)
print(p, p == q, p != q, p is q, p == (1, 2), [p], str(p))
try:
    {p}
except TypeError as e:
    print(e)
Point.__hash__ is None
