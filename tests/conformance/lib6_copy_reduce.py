import copy

class Money:
    def __init__(self, amount, cur):
        self.amount = amount
        self.cur = cur
    def __reduce__(self):
        print("reduce")
        return (Money, (self.amount, self.cur))
    def __repr__(self):
        return f"Money({self.amount}, {self.cur!r})"
m = Money(5, "EUR")
print(copy.copy(m), copy.deepcopy([m, m])[0] is copy.deepcopy(m))
class Single:
    def __reduce__(self):
        return "SINGLE"
s = Single()
print(copy.copy(s) is s, copy.deepcopy(s) is s)
class Bag(list):
    def append(self, item):
        print("append", item)
        super().append(item)
b = Bag([1, 2])
print(copy.copy(b), copy.deepcopy(b))
class Reg(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
print(copy.deepcopy(Reg(a=1)))
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None
root = Node("root")
kid = Node("kid")
kid.parent = root
root.children.append(kid)
r2 = copy.deepcopy(root)
print(r2.children[0].parent is r2, r2 is root)
e = RuntimeError("x")
e.add_note("note 1")
c = copy.copy(e)
print(c.__notes__, c.__notes__ is e.__notes__, copy.deepcopy(e).__notes__ is e.__notes__)
try:
    raise ValueError("inner")
except ValueError as err:
    err2 = copy.copy(err)
    print(err2.__traceback__, err2.__context__, repr(err2))
class Cfg:
    __slots__ = ("a", "b")
    def __getstate__(self):
        return {"a": self.a}
    def __setstate__(self, st):
        print("setstate", st)
        self.a = st["a"]
        self.b = "restored"
cfg = Cfg()
cfg.a, cfg.b = 1, 2
c2 = copy.deepcopy(cfg)
print(c2.a, c2.b)
class HttpError(Exception):
    def __init__(self, status, reason):
        super().__init__(f"{status} {reason}")
        self.status = status
print(copy.copy(HttpError(404, "nf")).args)
