class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Num):
            return Num(self.v + o.v)
        if isinstance(o, int):
            return Num(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd with", o)
        return self + o
    def __iadd__(self, o):
        print("iadd")
        self.v += o.v if isinstance(o, Num) else o
        return self
    def __repr__(self):
        return f"Num({self.v})"

a = Num(1)
print(a + 2, 3 + a, sum([Num(1), Num(2)], Num(0)), sum([Num(5)]))
b = a
a += 10
print(a, b, a is b)
a + "x"
