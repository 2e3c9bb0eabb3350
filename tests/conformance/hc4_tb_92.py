class A:
    def __init__(self):
        self.b = B()
class B:
    def __init__(self):
        self.c = None

a = A()
print(a.b.c)
a.b.c.d.e = 1
