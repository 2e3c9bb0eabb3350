class A:
    x = 1
    @property
    def p(self): return "p"
    @classmethod
    def c(cls): return cls.__name__
    @staticmethod
    def s(v=0): return v + 1
    def m(self): return "m"
class B(A):
    x = 2
a, b = A(), B()
print(type(A.p).__name__, a.p, b.c(), B.c(), a.s(), A.s(4), A.m(a), type(A.m).__name__, type(a.m).__name__)
print(a.m == a.m, a.m is a.m, A.m is A.m, a.m.__self__ is a, a.m.__func__ is A.m, b.c.__self__ is B)
print(A.__dict__["c"].__func__.__name__, A.__dict__["s"].__func__(1), isinstance(A.__dict__["p"], property))
print(A.p.fget(a), A.p.__doc__, hasattr(A, "__slots__"), A.__module__, a.__module__)
print(getattr(a, "m")(), getattr(A, "x"), vars(b), b.x, A.x)
setattr(A, "y", 5)
print(b.y, "y" in A.__dict__, "y" in B.__dict__)
print(sorted(n for n in dir(b) if not n.startswith("_")))
class C:
    def __init__(self):
        self.__dict__["direct"] = 1
c = C()
print(c.direct, c.__dict__)
c.__dict__.update(a=2)
print(c.a)
print(type(a.__dict__).__name__, A.__qualname__, a.__class__.__mro__[1].__name__)
def f(self):
    return "attached"
A.f = f
print(a.f(), B().f())
del A.f
print(hasattr(a, "f"))
print(A.m.__name__, A.m.__qualname__, a.m.__name__, a.m.__qualname__)
