class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Num):
            return Num(self.v + o.v)
        return NotImplemented
    def __radd__(self, o):
        return Num(o + self.v)
    def __iadd__(self, o):
        self.v += o.v if isinstance(o, Num) else o
        return self
    def __repr__(self):
        return f"Num({self.v})"
a = Num(1)
print(a + Num(2), 5 + a, sum([Num(1), Num(2)]))
b = a
a += 10
print(a, b, a is b)
a + "x"
