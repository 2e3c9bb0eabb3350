class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError("Seq index out of range")
        return i * i
s = Seq(4)
print(list(s), list(reversed(s)), 9 in s, s[3], sorted(s, reverse=True), sum(s), max(s))
class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq called", self.v, getattr(other, "v", other))
        return self.v == getattr(other, "v", other)
print(Cmp(2) in [Cmp(1), Cmp(2), Cmp(3)])
print([Cmp(1)].count(1), [Cmp(5)].index(5))
class EqRaises:
    def __eq__(self, other):
        raise RuntimeError("no comparisons")
[1, 2, EqRaises()].index(3)
