class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.z})"

p = Point(1, 2)
print(p)
