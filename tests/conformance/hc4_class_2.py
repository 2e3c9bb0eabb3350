class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"

v = Vec(3, 4)
print(v + Vec(1, 1), 2 * v, v * 3, -v, abs(v))
assert v == Vec(3, 4) and v != Vec(0, 0)
try:
    v.z = 1
except AttributeError as e:
    print(e)
hash(v)
