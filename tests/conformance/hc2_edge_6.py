# property inheritance and overriding in subclass
class Shape:
    @property
    def area(self):
        return 0
    @property
    def label(self):
        return f"{type(self).__name__} with area {self.area}"
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    @property
    def area(self):
        return self.s ** 2
class Fixed(Sq):
    area = 42
print(Shape().label, Sq(3).label, Fixed(3).label)
print(type(Shape.area).__name__, Shape.area.fget.__name__, Sq.area.fset)
Sq(2).area = 5
