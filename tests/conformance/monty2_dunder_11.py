# rich comparisons: reflected __gt__ when __lt__ missing
class Num:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print("gt", self.v, other.v)
        return self.v > other.v

a, b = Num(1), Num(2)
assert (a < b) is True
assert (b > a) is True
print(sorted([Num(3), Num(1)], key=lambda n: n.v)[0].v)
a <= b
