# match statement dispatching on custom classes with inheritance and __match_args__ inheritance
class Shape:
    __match_args__ = ("name",)
    def __init__(self, name):
        self.name = name

class Circle(Shape):
    __match_args__ = ("name", "r")
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

def area(s):
    match s:
        case Circle(_, r) if r > 0:
            return round(3.14159 * r * r, 2)
        case Circle():
            raise ValueError("bad radius")
        case Rect(w=w, h=h):
            return w * h
        case Shape(n):
            return f"unknown shape {n}"

assert area(Circle(1)) == 3.14
assert area(Rect(2, 3)) == 6
assert area(Shape("blob")) == "unknown shape blob"
assert Rect.__match_args__ == ("name",)
print([area(s) for s in (Circle(2), Rect(1, 1))])
area(Circle(0))
