# object comparisons default and NotImplemented
class A:
    pass
a, b = A(), A()
print(a == b, a != b, a == a)
try:
    a < b
except TypeError as e:
    print(e)
class Num:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        if isinstance(o, Num):
            return self.v < o.v
        return NotImplemented
print(Num(1) < Num(2), Num(3) > Num(2), sorted([Num(3), Num(1)], key=lambda n: n.v)[0].v)
Num(1) < 5
