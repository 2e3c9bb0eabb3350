# numeric dunders: __abs__, __round__, __floordiv__, __mod__, __divmod__, __pow__, __matmul__
class V:
    def __init__(self, *c):
        self.c = c
    def __abs__(self):
        return sum(x * x for x in self.c) ** 0.5
    def __round__(self, n=0):
        return V(*(round(x, n) for x in self.c))
    def __floordiv__(self, k):
        return V(*(x // k for x in self.c))
    def __mod__(self, k):
        return V(*(x % k for x in self.c))
    def __divmod__(self, k):
        return (self // k, self % k)
    def __pow__(self, k):
        return V(*(x ** k for x in self.c))
    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.c, other.c))
    def __repr__(self):
        return f"V{self.c}"

v = V(3, 4)
assert abs(v) == 5.0
assert repr(round(V(1.26, 2.71), 1)) == "V(1.3, 2.7)"
assert repr(v // 2) == "V(1, 2)" and repr(v % 3) == "V(0, 1)"
assert repr(divmod(v, 2)) == "(V(1, 2), V(1, 0))"
assert repr(v ** 2) == "V(9, 16)"
assert v @ V(1, 1) == 7
print(abs(V(6, 8)), v @ v, round(V(0.5, 1.5)))
v @ 3
