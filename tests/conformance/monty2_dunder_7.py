# arithmetic dunders and reflected operands
class Vec:
    def __init__(self, *xs):
        self.xs = tuple(xs)
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(*(a + b for a, b in zip(self.xs, other.xs)))
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(*(a * k for a in self.xs))
        return NotImplemented
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(*(-a for a in self.xs))
    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs
    def __repr__(self):
        return "Vec" + repr(self.xs)

a = Vec(1, 2)
b = Vec(3, 4)
assert a + b == Vec(4, 6)
assert a * 3 == Vec(3, 6)
assert 3 * a == Vec(3, 6)
assert -a == Vec(-1, -2)
c = a
c += b
assert c == Vec(4, 6) and a == Vec(1, 2)
print(a + b, 2 * b)
a + 1
