class Slotted:
    __slots__ = ("a",)
    def __init__(self):
        self.a = 1
s = Slotted()
try:
    s.b = 2
except AttributeError as e:
    print(e)
try:
    class Conflict:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print(e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.other = 2
print(w.a, w.other, vars(w)["other"])
print(Slotted().a, hasattr(Slotted(), "__dict__"))
del s.a
print(hasattr(s, "a"))
s.a
