class B:
    def m(self):
        raise ValueError("y")
class A:
    b = B()
x = A().b.m()
