# overriding methods and calling base explicitly
class Shape:
    sides = 0
    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area")
    def __repr__(self):
        return f"{type(self).__name__}(sides={self.sides})"

class Square(Shape):
    sides = 4
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2

class Tri(Shape):
    sides = 3

shapes = [Square(3), Square(2)]
assert sum(s.area() for s in shapes) == 13
assert repr(Square(1)) == "Square(sides=4)"
assert Shape.area is not Square.area
assert Shape.__repr__(Square(2)) == "Square(sides=4)"
print(shapes)
Tri().area()
