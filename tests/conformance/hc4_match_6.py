class Vec:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def f(v):
    match v:
        case Vec(0, 0):
            return "zero"
        case Vec(x, y) if x == y:
            return f"diag {x}"
        case Vec(x, _):
            return f"x={x}"

print(f(Vec(0, 0)), f(Vec(2, 2)), f(Vec(5, 1)))
class NoArgs:
    def __init__(self):
        self.a = 1
match NoArgs():
    case NoArgs(a=1):
        print("kw ok")
match NoArgs():
    case NoArgs(1):
        print("no")
