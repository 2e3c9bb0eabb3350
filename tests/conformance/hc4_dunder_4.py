class Meter:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        self.v += other
        return self
    def __isub__(self, other):
        return NotImplemented
    def __sub__(self, other):
        return Meter(self.v - other)
    def __imul__(self, other):
        self.v *= other
    def __repr__(self):
        return f"Meter({self.v})"
m = Meter(5)
m += 3
print(m)
m -= 1
print(m)
m *= 2
print(m)
class C:
    def __contains__(self, x):
        return x == "magic"
print("magic" in C(), "other" in C(), "other" not in C())
class G:
    def __getitem__(self, k):
        return k
print(G()["a", 1], G()[1:2, ::3], G()[()])
5 in G()
