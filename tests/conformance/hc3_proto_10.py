class Temp:
    def __init__(self, d):
        self.d = d
    def __int__(self):
        return int(self.d)
    def __float__(self):
        return float(self.d)
    def __index__(self):
        return int(self.d)
    def __round__(self, n=None):
        return round(self.d, n)
t = Temp(3.7)
print(int(t), float(t), round(t), round(t, 1), [10, 20, 30, 40][t], bin(t), hex(t))
print(range(t), "ab" * Temp(2))
