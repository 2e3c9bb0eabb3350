import copy
from collections import namedtuple, OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass, field
from typing import NamedTuple

e = ValueError("bad", 3)
e.note = "x"
for f in (copy.copy, copy.deepcopy):
    c = f(e)
    print(type(c).__name__, c.args, c is e, getattr(c, "note", None), str(c))
class AppError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
a = AppError("boom", 7)
for f in (copy.copy, copy.deepcopy):
    c = f(a)
    print(type(c).__name__, c.args, c.code, c is a)
k = KeyError("k")
print(repr(copy.copy(k)), repr(copy.deepcopy(k)))

class MyList(list):
    pass
ml = MyList([1, [2]])
ml.tag = "t"
for f in (copy.copy, copy.deepcopy):
    c = f(ml)
    print(type(c).__name__, c, c[1] is ml[1], getattr(c, "tag", None))
class MyDict(dict):
    pass
md = MyDict(a=[1])
for f in (copy.copy, copy.deepcopy):
    c = f(md)
    print(type(c).__name__, c, c["a"] is md["a"])

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
s = Slotted(1, [2])
for f in (copy.copy, copy.deepcopy):
    c = f(s)
    print(type(c).__name__, c.x, c.y, c.y is s.y)
s2 = Slotted.__new__(Slotted)
s2.x = 5
c = copy.copy(s2)
print(c.x, hasattr(c, "y"))

@dataclass(frozen=True)
class Pt:
    x: int
    tags: list = field(default_factory=list)
p = Pt(1, ["a"])
print(copy.copy(p), copy.deepcopy(p), copy.deepcopy(p).tags is p.tags, copy.copy(p).tags is p.tags)
@dataclass(slots=True)
class SP:
    a: int
    b: list
sp = SP(1, [2])
print(copy.copy(sp), copy.deepcopy(sp).b is sp.b)

P2 = namedtuple("P2", "x y")
n = P2(1, [2])
print(copy.copy(n), copy.copy(n) is n, copy.deepcopy(n), copy.deepcopy(n).y is n.y)
class NT(NamedTuple):
    a: int
    b: list
nt = NT(1, [2])
print(copy.copy(nt), copy.deepcopy(nt), type(copy.deepcopy(nt)).__name__, copy.deepcopy(nt).b is nt.b)

od = OrderedDict(a=[1])
dd = defaultdict(list, a=[1])
cn = Counter("aab")
dq = deque([[1], 2], maxlen=5)
for f in (copy.copy, copy.deepcopy):
    print(f(od), f(dd), f(cn), f(dq), f(dd)["a"] is dd["a"], f(dq)[0] is dq[0])

class WithHooks:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("copy hook")
        return WithHooks(self.v)
    def __deepcopy__(self, memo):
        print("deepcopy hook", type(memo).__name__)
        return WithHooks(copy.deepcopy(self.v, memo))
w = WithHooks([1])
print(copy.copy(w).v is w.v, copy.deepcopy(w).v is w.v)
class State:
    def __init__(self):
        self.a = 1
    def __getstate__(self):
        print("getstate")
        return {"a": self.a, "extra": 2}
    def __setstate__(self, st):
        print("setstate", st)
        self.__dict__.update(st)
st = copy.copy(State())
print(vars(st))
st = copy.deepcopy(State())
print(vars(st))
class MyInt(int):
    pass
class MyStr(str):
    pass
class MyTuple(tuple):
    pass
mi, mstr, mt = MyInt(5), MyStr("s"), MyTuple([1, [2]])
for f in (copy.copy, copy.deepcopy):
    print(type(f(mi)).__name__, f(mi), type(f(mstr)).__name__, type(f(mt)).__name__, f(mt), f(mt)[1] is mt[1])
