class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

a, b = Vec(1, 2), Vec(3, 4)
print(a + b, b - a, a * 3, 3 * a, -a)
c = a
c += b
print(c, a)
try:
    a + 1
except TypeError as e:
    print(e)
try:
    1 - a
except TypeError as e:
    print(e)
try:
    ~a
except TypeError as e:
    print(e)

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
acc = Acc()
before = acc
acc += 1
acc += 2
print(acc.items, acc is before)

class R:
    def __radd__(self, other):
        return f"radd({other})"
print(1 + R(), "s" + R(), sum([R()], 0) if False else 0)
