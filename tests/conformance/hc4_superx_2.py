class Meta(type):
    def __new__(mcs, name, bases, ns, **kwargs):
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kwargs.get("tag", "none")
        return cls
    def __repr__(cls):
        return f"<class {cls.__name__} tagged {cls.tag}>"
class A(metaclass=Meta, tag="alpha"):
    pass
class B(A):
    pass
print(A, B, A.tag, B.tag, type(A).__name__)
T = type("T", (A,), {"x": 1})
print(T, T.x, isinstance(T(), A))
Dyn = type("Dyn", (), {"__init__": lambda self, v: setattr(self, "v", v), "double": lambda self: self.v * 2})
print(Dyn(21).double(), Dyn.__name__, Dyn.__bases__)
type("Bad", (int, str), {})
