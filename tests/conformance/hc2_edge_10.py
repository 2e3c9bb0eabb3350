# tuple subclass with extra methods
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def swap(self):
        return Pair(self[1], self[0])
p = Pair(1, 2)
print(p, p.first, p.swap(), p + (3,), type(p + (3,)).__name__, p == (1, 2), len(p), hash(p) == hash((1, 2)))
a, b = p
print(a, b, Pair(*p.swap()))
Pair(1)
