# type(name, bases, namespace): methods, inheritance, super(), dunders, errors
class Base:
    def __init__(self, v):
        self.v = v
    def show(self):
        return f"Base({self.v})"

def show(self):
    return "Made:" + super(Made, self).show()

Made = type("Made", (Base,), {
    "show": show,
    "__repr__": lambda self: f"<Made {self.v}>",
    "__eq__": lambda self, o: isinstance(o, Made) and o.v == self.v,
    "__hash__": lambda self: hash(self.v),
    "kind": "made",
})
m = Made(3)
assert m.show() == "Made:Base(3)"
assert repr([m]) == "[<Made 3>]"
assert m == Made(3) and len({m, Made(3)}) == 1
assert Made.kind == "made" and Made.__bases__ == (Base,)
assert isinstance(m, Base) and Made.__name__ == "Made"
Empty = type("Empty", (), {})
assert Empty.__mro__ == (Empty, object)
print(m, repr(Empty)[-7:], type(Made))
for args in [("X",), (1, (), {}), ("X", [], {}), ("X", (), [])]:
    try:
        type(*args) if len(args) != 1 else type("a", "b")
    except TypeError as e:
        print(e)
type("Bad", (1,), {})
