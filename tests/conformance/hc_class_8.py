class A:
    def hello(self):
        return "A"
class B(A):
    def hello(self):
        return "B>" + super().hello()
class C(A):
    def hello(self):
        return "C>" + super().hello()
class D(B, C):
    def hello(self):
        return "D>" + super().hello()
print(D().hello(), [k.__name__ for k in D.__mro__])
class E:
    def __init__(self):
        self.x = 1
e = E()
print(hasattr(e, "x"), getattr(e, "y", "none"), e.__class__.__name__)
setattr(e, "y", 2)
delattr(e, "x")
print(vars(e), hasattr(e, "x"))
e.missing
