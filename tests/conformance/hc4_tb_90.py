class Temp:
    def __init__(self, c):
        self.c = c
    @property
    def f(self):
        return self.c * 9 / 5 + 32
    @f.setter
    def f(self, value):
        raise AttributeError("use c instead")

t = Temp(10)
print(t.f)
t.f = 50
