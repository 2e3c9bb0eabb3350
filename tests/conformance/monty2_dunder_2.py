# __eq__ and __hash__ for dict keys and sets
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return self.x == other.x and self.y == other.y
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"

d = {Point(1, 2): "a"}
d[Point(1, 2)] = "b"
assert len(d) == 1 and d[Point(1, 2)] == "b"
s = {Point(0, 0), Point(0, 0), Point(1, 1)}
assert len(s) == 2
assert Point(1, 1) in s
assert Point(3, 3) not in s
assert (Point(1, 2) == 5) is False
assert Point(1, 2) != Point(2, 1)
print(sorted(s, key=lambda p: p.x))
[d[Point(1, 2)], Point(5, 6)]
