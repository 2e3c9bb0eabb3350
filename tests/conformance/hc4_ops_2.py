class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
class F:
    def __float__(self):
        return 2.5
    def __int__(self):
        return 7
    def __round__(self, nd=None):
        return "rounded"
print([10, 20, 30][Idx(1)], "abc"[Idx(-1)], bin(Idx(5)), range(Idx(3)), hex(Idx(255)))
print(float(F()), int(F()), round(F()), round(F(), 2))
print(list(range(10))[Idx(1):Idx(4)])
import math
print(math.floor(2.5), math.sqrt(F()))
[1, 2][F()]
