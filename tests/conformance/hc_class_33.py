class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Num):
            return Num(self.v + o.v)
        if isinstance(o, int):
            return Num(self.v + o)
        return NotImplemented
    __radd__ = __add__
    def __repr__(self):
        return f"Num({self.v})"
print(Num(1) + Num(2), Num(1) + 5, 5 + Num(1), sum([Num(1), Num(2)], Num(0)), sum([Num(3)]))
try:
    Num(1) + "x"
except TypeError as e:
    print(e)
try:
    "x" + Num(1)
except TypeError as e:
    print(e)
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == getattr(o, "v", o)
    __hash__ = object.__hash__
print(Cmp(1) == 1, 1 == Cmp(1), Cmp(1) in [1], [Cmp(2)].index(2), [1, 2].count(Cmp(2)))
