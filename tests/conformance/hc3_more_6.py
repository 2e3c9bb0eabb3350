class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x, 0) if x > 0:
            return "positive x axis"
        case Point(_, y) if y < 0:
            return "below"
        case Point():
            return "elsewhere"
        case _:
            return "not a point"
print([where(p) for p in [Point(0, 0), Point(3, 0), Point(1, -1), Point(-1, 0), "x"]])
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)
match [1, [2, 3]]:
    case [a, [b, *c]]:
        print(a, b, c)
match 3.0:
    case 3:
        print("int pattern matches float 3.0")
match "hello":
    case str(x) if x.startswith("h"):
        print("str", x)
