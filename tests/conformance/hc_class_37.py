def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, "a"), [Point(0, 0)])
Dyn = type("Dyn", (object,), {"greet": lambda self: "hi", "n": 3})
d = Dyn()
print(d.greet(), Dyn.n, type(d).__name__, Dyn.__name__)
Sub = type("Sub", (Dyn,), {})
print(Sub().greet(), issubclass(Sub, Dyn), [c.__name__ for c in Sub.__mro__])
