a = [1, 2]
b = a
b += [3]
print(a)
t = (1, 2)
u = t
u += (3,)
print(t, u)
s = "ab"
s *= 2
print(s)
d = {"a": 1}
d["a"] += 1
d.setdefault("b", 0)
d["b"] -= 1
print(d)
class V:
    def __init__(self, v): self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __repr__(self): return f"V({self.v})"
v = V(1)
w = v
v += 5
print(v, w, v is w)
