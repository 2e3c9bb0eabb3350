class Meta:
    pass
obj = Meta()
obj.__class__ = Meta
print(type(obj) is Meta)
class Slotted:
    __slots__ = ["a"]
s = Slotted()
try:
    s.a
except AttributeError as e:
    print(e)
s.a = 1
print(s.a, hasattr(s, "__dict__"))
class WithNew:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.created = args
        return inst
    def __init__(self, *args):
        self.inited = True
w = WithNew(1, 2)
print(w.created, w.inited)
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, k, v):
        raise AttributeError(f"Frozen: cannot set {k!r}")
f = Frozen(3)
print(f.v)
f.v = 4
