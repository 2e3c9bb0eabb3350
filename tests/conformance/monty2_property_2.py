# read-only property
class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def diameter(self):
        return self.r * 2

c = Circle(3)
assert c.diameter == 6
c.r = 4
assert c.diameter == 8
print(c.diameter)
c.diameter = 10
