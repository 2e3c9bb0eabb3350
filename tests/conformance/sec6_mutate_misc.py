import json, heapq, bisect, copy
from collections import deque, Counter, OrderedDict

def probe(name, f):
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)

# str.join over a mutating iterable / list mutated by __str__? join requires str items.
L = ["a", "b", "c"]
def g():
    for x in L:
        L.append("z") if len(L) < 10 else None
        yield x
probe("join-gen", lambda: "-".join(g()))
class S(str):
    pass
L2 = ["a", S("b"), "c"]
probe("join-sub", lambda: "".join(L2))
# list.extend of self-mutating generator
E = [1, 2, 3]
def eg():
    for x in E:
        if len(E) > 20: return
        yield x
probe("extend-self-gen", lambda: (E.extend(eg()), len(E))[1])
E = [1, 2, 3]
probe("extend-self", lambda: (E.extend(E), E)[1])
E = [1, 2, 3]
E = [1, 2, 3]
def eg2():
    yield 1
    E.clear()
    yield 2
probe("extend-clear-gen", lambda: (E.extend(eg2()), E)[1])
E = [1, 2, 3]
probe("slice-assign-self", lambda: (E.__setitem__(slice(1, 2), E), E)[1])
E = [1, 2, 3]
def eg3():
    E.clear()
    yield 7
probe("slice-assign-gen", lambda: (E.__setitem__(slice(0, 3), eg3()), E)[1])
# enumerate/zip/map over mutated lists
Z = [1, 2, 3]
def ez():
    out = []
    for i, x in enumerate(Z):
        if i < 5: Z.append(x)
        out.append(x)
    return out
probe("enumerate-grow", ez)
Z = [1, 2, 3, 4]
def ez2():
    out = []
    for a, b in zip(Z, Z):
        Z.pop()
        out.append((a, b))
    return out
probe("zip-shrink", ez2)
Z = [1, 2, 3, 4]
def mf(x):
    Z.clear()
    return x * 2
probe("map-clear", lambda: list(map(mf, Z)))
Z = [1, 2, 3, 4]
def ff(x):
    Z.insert(0, 0) if len(Z) < 8 else None
    return True
probe("filter-grow", lambda: list(filter(ff, Z)))
Z = [1, 2, 3, 4]
probe("reversed-shrink", lambda: [Z.clear() or x for x in reversed(Z)])
Z = [1, 2, 3, 4]
def rv():
    out = []
    it = reversed(Z)
    out.append(next(it))
    Z.clear()
    out.extend(it)
    Z.extend([5, 6, 7, 8, 9, 10])
    out.extend(it)
    return out
probe("reversed-reuse", rv)
# del during iteration
Z = [1, 2, 3, 4, 5, 6]
def dd():
    out = []
    for x in Z:
        del Z[0]
        out.append(x)
    return out
probe("del-iter", dd)
# heapq with mutating __lt__
class HL:
    def __init__(self, v, h): self.v = v; self.h = h
    def __lt__(self, o):
        self.h.clear()
        return self.v < o.v
    def __repr__(self): return "HL%d" % self.v
H = []
for i in (5, 3, 7, 1):
    H.append(HL(i, H))
probe("heapify", lambda: heapq.heapify(H))
H = [HL(1, None)]
H[0].h = H
H.append(HL(2, H))
probe("heappush", lambda: heapq.heappush(H, HL(0, H)))
H = []
for i in (1, 3, 5, 7):
    H.append(HL(i, H))
probe("heappop", lambda: heapq.heappop(H))
H = []
for i in (1, 3, 5, 7):
    H.append(HL(i, H))
probe("heapreplace", lambda: heapq.heapreplace(H, HL(4, H)))
H = []
for i in (1, 3, 5, 7):
    H.append(HL(i, H))
probe("heappushpop", lambda: heapq.heappushpop(H, HL(4, H)))
H = []
for i in (1, 3, 5, 7):
    H.append(HL(i, H))
probe("nsmallest", lambda: heapq.nsmallest(2, H))
H = []
for i in (1, 3, 5, 7, 9, 11):
    H.append(HL(i, H))
probe("bisect_left", lambda: bisect.bisect_left(H, HL(6, H)))
H = []
for i in (1, 3, 5, 7, 9, 11):
    H.append(HL(i, H))
probe("bisect_right", lambda: bisect.bisect_right(H, HL(6, H)))
H = []
for i in (1, 3, 5, 7, 9, 11):
    H.append(HL(i, H))
probe("insort", lambda: (bisect.insort(H, HL(6, H)), H)[1])
H = []
for i in (1, 3, 5, 7, 9, 11):
    H.append(HL(i, H))
def bk(x):
    H.clear()
    return x.v
probe("bisect-key", lambda: bisect.bisect_left(H, 6, key=bk))
# deque
class DE:
    def __init__(self, d): self.d = d
    def __eq__(self, o):
        self.d.clear()
        return False
    __hash__ = None
dq = deque([1, 2, 3])
probe("deque-in", lambda: DE(dq) in dq)
dq = deque([1, 2, 3])
probe("deque-count", lambda: dq.count(DE(dq)))
dq = deque([1, 2, 3])
probe("deque-index", lambda: dq.index(DE(dq)))
dq = deque([1, 2, 3])
probe("deque-remove", lambda: dq.remove(DE(dq)))
dq = deque([DE(None), 2, 3])
dq[0].d = dq
probe("deque-eq", lambda: dq == deque([1, 2, 3]))
dq = deque([1, 2, 3])
def dqg():
    yield 1
    dq.clear()
    yield 2
probe("deque-extend", lambda: (dq.extend(dqg()), dq)[1])
dq = deque([1, 2, 3])
probe("deque-extend-self", lambda: (dq.extend(dq), dq)[1])
dq = deque([1, 2, 3])
probe("deque-extendleft-self", lambda: (dq.extendleft(dq), dq)[1])
dq = deque([1, 2, 3])
def dqi():
    for x in dq:
        dq.append(x)
probe("deque-iter-mut", dqi)
# Counter / OrderedDict
c = Counter("abcabc")
def cm():
    for k in c:
        c[k + "x"] = 1
probe("counter-iter-mut", cm)
o1 = OrderedDict(a=1, b=2)
o2 = OrderedDict(a=1, b=2)
o1["a"] = VE = None
class VE2:
    def __eq__(self, o):
        o2.clear()
        return True
o1["a"] = VE2()
probe("od-eq", lambda: o1 == o2)
# json.dumps with mutating containers
class JD(dict):
    pass
jl = [1, 2, 3]
def dflt(o):
    jl.clear()
    return 0
jl.append(object())
jl.append(4)
probe("json-default-clear", lambda: json.dumps(jl, default=dflt))
jd = {"a": object(), "b": 2, "c": 3}
def dflt2(o):
    jd.clear()
    return 0
probe("json-default-dclear", lambda: json.dumps(jd, default=dflt2))
jd = {"a": object(), "b": 2, "c": 3}
def dflt3(o):
    for i in range(30): jd[str(i)] = i
    return 0
probe("json-default-dgrow", lambda: json.dumps(jd, default=dflt3))
jd = {"b": object(), "a": 2, "c": 3}
probe("json-default-sort", lambda: json.dumps(jd, default=dflt2, sort_keys=True))
# deepcopy self-ref
a = [1, 2]
a.append(a)
b = copy.deepcopy(a)
print("deepcopy", b[2] is b, b[:2])
d = {"x": 1}
d["self"] = d
e = copy.deepcopy(d)
print("deepcopy-d", e["self"] is e)
class Node:
    def __init__(self): self.me = self; self.lst = [self]
n = copy.deepcopy(Node())
print("deepcopy-obj", n.me is n, n.lst[0] is n)
class DC:
    def __init__(self, L): self.L = L
    def __deepcopy__(self, memo):
        self.L.clear()
        return "dc"
dl = [1, 2, 3]
dl.insert(0, DC(dl))
probe("deepcopy-mut", lambda: copy.deepcopy(dl))
