# class patterns with __match_args__
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"y-axis {y}"
        case Point(x, 0):
            return f"x-axis {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "elsewhere"
        case _:
            return "not a point"

assert where(Point(0, 0)) == "origin"
assert where(Point(0, 5)) == "y-axis 5"
assert where(Point(3, 0)) == "x-axis 3"
assert where(Point(2, 2)) == "diagonal"
assert where(Point(1, 2)) == "elsewhere"
assert where((0, 0)) == "not a point"
print([where(Point(i, 1)) for i in range(3)])
