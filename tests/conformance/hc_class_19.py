class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __iter__(self):
        yield self.a
        yield self.b
    def __eq__(self, other):
        return tuple(self) == tuple(other)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.a, self.b)[i]
    def __repr__(self):
        return f"Pair{tuple(self)}"
p = Pair(1, 2)
x, y = p
print(x, y, list(p), p == (1, 2), p[1], p[-1], len(p), dict([p]), max(p))
print(p == Pair(1, 2), p != Pair(2, 1))
try:
    hash(p)
except TypeError as e:
    print(type(e).__name__, e)
p[2]
