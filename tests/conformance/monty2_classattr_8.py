# type() three-argument form builds a class
def area(self):
    return self.w * self.h

Rect = type("Rect", (), {"w": 2, "h": 3, "area": area})
r = Rect()
assert r.area() == 6
r.w = 10
assert r.area() == 30
assert Rect.__name__ == "Rect"
Sq = type("Sq", (Rect,), {"h": 10})
assert Sq().area() == 20 and issubclass(Sq, Rect)
print(type(r).__name__, Sq.__mro__[1].__name__)
