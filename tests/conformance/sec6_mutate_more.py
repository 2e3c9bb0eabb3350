import itertools, functools
from collections import Counter, deque

def probe(name, f):
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)

class R:
    def __init__(self, c, tag): self.c = c; self.tag = tag
    def __repr__(self):
        self.c.clear()
        return self.tag
    __str__ = __repr__
    def __format__(self, spec):
        self.c.clear()
        return self.tag + spec
L = [1]; L.append(R(L, "r")); L.append(2); L.append(3)
probe("repr-list", lambda: repr(L))
d = {1: 1}; d[2] = R(d, "r"); d[3] = 3
probe("repr-dict", lambda: repr(d))
d = {1: 1}; d[2] = R(d, "r"); d[3] = 3
probe("repr-dict-items", lambda: repr(d.items()))
d = {1: 1}; d[2] = R(d, "r"); d[3] = 3
probe("repr-dict-values", lambda: repr(d.values()))
dq = deque([1]); dq.append(R(dq, "r")); dq.append(3)
probe("repr-deque", lambda: repr(dq))
L = [1]; L.append(R(L, "r")); L.append(2)
probe("str-percent", lambda: "%s %s %s" % tuple(L))
L = [R(None, "a"), R(None, "b"), 5]
for x in L[:2]: x.c = L
probe("format", lambda: "{0} {1} {2}".format(*L))
L = [R(None, "a"), R(None, "b"), 5]
for x in L[:2]: x.c = L
probe("fstring", lambda: f"{L[0]:>3}{L[1]}{L}")
L = [R(None, "a"), 1, 2]
L[0].c = L
probe("print", lambda: print(*L))
L = [R(None, "a"), 1, 2]
L[0].c = L
probe("str-list", lambda: str(L))
L = [R(None, "a"), 1, 2]
L[0].c = L
probe("fmt-list", lambda: format(L))

class IX:
    def __init__(self, c, v): self.c = c; self.v = v
    def __index__(self):
        self.c.clear()
        return self.v
L = [1, 2]; L.append(IX(L, 3)); L.append(4); L.append(5)
probe("bytes-list", lambda: bytes(L))
L = [1, 2]; L.append(IX(L, 3)); L.append(4); L.append(5)
probe("bytearray-list", lambda: bytearray(L))
B = bytearray(b"ab"); 
L = [IX(B, 65), IX(B, 66)]
probe("ba-extend-ix", lambda: (B.extend(L), B)[1])
L = [1, 2]; L.append(IX(L, 3))
probe("range-ix", lambda: list(range(IX(L, 3))))

class HM:
    def __init__(self, c): self.c = c
    def __hash__(self):
        self.c.clear()
        return 1
L = [1, 2, HM(None), 3, 4]; L[2].c = L
probe("set-list", lambda: len(set(L)))
L = [1, 2, HM(None), 3, 4]; L[2].c = L
probe("fromkeys", lambda: len(dict.fromkeys(L)))
L = [1, 2, HM(None), 3, 4]; L[2].c = L
probe("frozenset", lambda: len(frozenset(L)))
L = [1, 2, HM(None), 3, 4]; L[2].c = L
probe("counter", lambda: len(Counter(L)))

class AddM:
    def __init__(self, c): self.c = c
    def __add__(self, o):
        self.c.clear()
        return self
    __radd__ = __add__
    def __repr__(self): return "AddM"
L = [1, AddM(None), 3]; L[1].c = L
probe("sum", lambda: sum(L))
class BM:
    def __init__(self, c, v): self.c = c; self.v = v
    def __bool__(self):
        self.c.clear()
        return self.v
L = [BM(None, True), 1, 0]; L[0].c = L
probe("all", lambda: all(L))
L = [BM(None, False), 1, 0]; L[0].c = L
probe("any", lambda: any(L))
L = [3, 1, 2]
def gk(x):
    L.clear()
    return x % 2
probe("groupby", lambda: [(k, list(g)) for k, g in itertools.groupby(L, gk)])
L = [1, 2, 3, 4]
def acc(a, b):
    L.clear()
    return a + b
probe("accumulate", lambda: list(itertools.accumulate(L, acc)))
L = [1, 2, 3, 4]
probe("reduce", lambda: functools.reduce(acc, L))
L = [1, 2, 3]
def pg():
    for p in itertools.product(L, repeat=2):
        L.append(0)
        yield p
probe("product", lambda: len(list(pg())))
L = [1, 2, 3]
probe("permutations", lambda: [L.clear() or p for p in itertools.permutations(L)])
L = [1, 2, 3]
probe("chain", lambda: [L.append(9) or x for x in itertools.islice(itertools.chain(L, L), 12)])
L = [1, 2, 3]
def twi():
    a, b = itertools.tee(L)
    next(a); L.clear()
    return list(a), list(b)
probe("tee", twi)
L = [1, 2, 3]
probe("cycle", lambda: [L.clear() or x for x in itertools.islice(itertools.cycle(L), 7)])
L = [5, 1, 4]
probe("starmap", lambda: list(itertools.starmap(lambda *a: L.clear(), [(1,), (2,)])))
d = {1: 1, 2: 2}
class LtD:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        d[len(d) + 100] = 0
        return self.v < o.v
d = {LtD(1): 1, LtD(2): 2, LtD(0): 0}
probe("min-dict", lambda: min(d).v)
d = {LtD(1): 1, LtD(2): 2, LtD(0): 0}
probe("sorted-dict", lambda: [x.v for x in sorted(d)])
s = set()
class LtS:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        s.add(len(s) + 1000)
        return self.v < o.v
    def __hash__(self): return self.v
s = {LtS(1), LtS(2), LtS(0)}
probe("min-set", lambda: min(s).v)
# unpack with lying __len__ / __iter__
class Lie:
    def __len__(self): return 100
    def __iter__(self): return iter([1, 2])
probe("list-lie", lambda: list(Lie()))
probe("tuple-lie", lambda: tuple(Lie()))
class Lie2:
    def __len__(self): return 1
    def __iter__(self): return iter(range(50))
probe("list-lie2", lambda: len(list(Lie2())))
probe("tuple-lie2", lambda: len(tuple(Lie2())))
probe("ba-lie2", lambda: len(bytearray(Lie2())))
probe("bytes-lie2", lambda: len(bytes(Lie2())))
class LenNeg:
    def __len__(self): return -1
probe("len-neg", lambda: len(LenNeg()))
class LenBig:
    def __len__(self): return 2**70
probe("len-big", lambda: len(LenBig()))
probe("bool-lenbig", lambda: bool(LenBig()))
class GI:
    def __getitem__(self, i):
        if i > 5: raise IndexError
        return i
probe("getitem-iter", lambda: list(GI()))
L = [1, 2, 3]
class GI2:
    def __getitem__(self, i):
        L.append(i)
        if i > 5: raise IndexError
        return i
probe("getitem-iter2", lambda: (list(GI2()), L)[1])
