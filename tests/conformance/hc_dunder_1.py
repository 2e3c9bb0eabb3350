import math
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Num({self.v})"
    def __floordiv__(self, o): return Num(self.v // o)
    def __truediv__(self, o): return Num(self.v / o)
    def __mod__(self, o): return Num(self.v % o)
    def __pow__(self, o, mod=None): return Num(pow(self.v, o, mod))
    def __lshift__(self, o): return Num(self.v << o)
    def __and__(self, o): return Num(self.v & o)
    def __or__(self, o): return Num(self.v | o)
    def __xor__(self, o): return Num(self.v ^ o)
    def __invert__(self): return Num(~self.v)
    def __pos__(self): return Num(+self.v)
    def __matmul__(self, o): return Num(self.v * o.v)
    def __round__(self, n=None): return Num(round(self.v, n))
    def __trunc__(self): return int(self.v)
    def __floor__(self): return math.floor(self.v)
    def __ceil__(self): return math.ceil(self.v)
    def __index__(self): return int(self.v)
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
n = Num(7)
print(n // 2, n / 2, n % 4, n ** 2, pow(n, 2, 5), n << 2, n & 3, n | 8, n ^ 1, ~n, +n, n @ Num(3))
print(round(Num(2.567), 1), round(Num(2.5)), math.trunc(Num(3.9)), math.floor(Num(3.9)), math.ceil(Num(3.1)))
print([10, 20, 30][Num(1)], "abcdef"[Num(1):Num(4)], int(Num(5.9)), float(Num(2)), hex(Num(255)), bin(Num(5)))
print(range(Num(3)), list(range(Num(2), Num(5))))
