class A:
    def m(self):
        raise ValueError("x")
def f(a):
    return a.m()
f(A())
