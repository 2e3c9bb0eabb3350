class A:
    def m(self):
        raise ValueError("x")
a = A()
x = a.m()
