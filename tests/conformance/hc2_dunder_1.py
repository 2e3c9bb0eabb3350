# __index__, __int__, __float__ conversions
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
i = Idx(3)
print([10, 20, 30, 40][i], "abcdef"[i:], bin(i), hex(i), list(range(i)), "ab" * i, (1, 2, 3, 4)[Idx(-1)])
print(int(Num()), float(Num()), int(Idx(9)), round(2.5), divmod(Idx(7), 2) if False else "")
try:
    [1, 2][Num()]
except TypeError as e:
    print(e)
range(Num())
