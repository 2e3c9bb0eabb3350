class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __bool__(self):
        return bool(self.x or self.y)
    def __repr__(self):
        return f"Vector({self.x}, {self.y})"
    def __iter__(self):
        yield self.x
        yield self.y
v = Vector(3, 4)
print(v + Vector(1, 1), v - v, 2 * v, v * 2, -v, abs(v), bool(Vector(0, 0)))
print(v == Vector(3, 4), v != Vector(3, 4), v == (3, 4), len({v, Vector(3, 4)}))
x, y = v
print(x, y, list(v), tuple(v * 0.5))
v + 1
