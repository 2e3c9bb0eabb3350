class Shape:
    @property
    def area(self):
        return self.width * self.height

class Rect(Shape):
    def __init__(self, w):
        self.width = w

print(Rect(3).area)
