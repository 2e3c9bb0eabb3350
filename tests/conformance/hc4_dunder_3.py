class Vec:
    def __init__(self, *c):
        self.c = c
    def __getitem__(self, i):
        return self.c[i]
    def __len__(self):
        return len(self.c)
    def __iter__(self):
        return iter(self.c)
    def __eq__(self, o):
        return tuple(self) == tuple(o)
    __hash__ = None
    def __lt__(self, o):
        return tuple(self) < tuple(o)
    def __mul__(self, k):
        return Vec(*(x * k for x in self))
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vec(*(x / k for x in self))
    def __repr__(self):
        return f"Vec{self.c}"
    def __format__(self, spec):
        return "Vec(" + ", ".join(format(x, spec) for x in self) + ")"
v = Vec(1, 2, 3)
print(v * 2, 3 * v, v / 2, v[1:], len(v), list(v), v == Vec(1, 2, 3), v == (1, 2, 3))
print(f"{v:.2f}", sorted([Vec(2), Vec(1, 5), Vec(1)]), min(Vec(3), Vec(2)))
a, b, c = v
print(a + b + c, [*v], {*v}, dict.fromkeys(v))
{v: 1}
