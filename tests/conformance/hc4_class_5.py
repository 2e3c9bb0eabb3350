class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

s = {Point(1, 2), Point(1, 2), Point(2, 1)}
assert len(s) == 2
d = {Point(0, 0): "origin"}
assert d[Point(0, 0)] == "origin"
assert Point(1, 1) != (1, 1)
assert (Point(1, 1) == 5) is False
class NoHash:
    def __eq__(self, other):
        return True
print(NoHash.__hash__)
{NoHash()}
