class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
p = Point(1, 2)
print(p == Point(1, 2))
s = {p}
