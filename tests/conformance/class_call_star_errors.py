class Point:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def move(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

p = Point()
for f in (lambda: Point(*5), lambda: p.move(*5), lambda: p.move(**5), lambda: Point(**[1]),
          lambda: p.move(1, **{"dx": 2})):
    try:
        f()
    except TypeError as e:
        print(e)
