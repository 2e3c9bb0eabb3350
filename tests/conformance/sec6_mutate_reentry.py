import functools, heapq, itertools
from collections import defaultdict, Counter, OrderedDict, ChainMap, deque

def probe(name, f):
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)

# lru_cache: a key whose __eq__ calls the cached function / clears the cache
calls = []
@functools.lru_cache(maxsize=4)
def cached(k):
    calls.append(k)
    return len(calls)
class CK:
    def __init__(self, h, act): self.h = h; self.act = act
    def __hash__(self): return self.h
    def __eq__(self, o):
        self.act()
        return False
    def __repr__(self): return "CK"
probe("lru-clear", lambda: (cached(CK(1, lambda: None)), cached(CK(1, cached.cache_clear))))
probe("lru-reenter", lambda: [cached(CK(2, lambda: cached(i))) for i in range(8)])
probe("lru-info", lambda: cached.cache_info().currsize)
@functools.cache
def unbounded(k):
    return 1
probe("cache-reenter", lambda: [unbounded(CK(3, lambda: [unbounded(j) for j in range(20)])) for i in range(3)])
# defaultdict whose factory mutates the dict
dd = defaultdict()
def fac():
    dd.clear()
    for i in range(20): dd[i] = i
    return "f"
dd.default_factory = fac
probe("defaultdict-factory", lambda: (dd["k"], len(dd)))
# Counter update with mutating hash
c = Counter()
class CH:
    def __hash__(self):
        c.clear(); c.update(range(30))
        return 7
    def __eq__(self, o): return False
probe("counter-update", lambda: (c.update([CH(), CH()]), len(c))[1])
probe("counter-most", lambda: Counter("abracadabra").most_common(2))
# format_map with mutating __getitem__
class FM(dict):
    def __missing__(self, k):
        self.clear()
        return k.upper()
probe("format_map", lambda: "{a}{b}{a}".format_map(FM(a=1)))
# ChainMap with mutating maps
m1 = {1: 1}
class MM(dict):
    def __getitem__(self, k):
        m1.clear()
        raise KeyError(k)
cm = ChainMap(MM(), m1)
probe("chainmap-get", lambda: cm[1])
probe("chainmap-iter", lambda: list(ChainMap(m1, {2: 2})))
# heapq.merge with mutating lt
class ML:
    def __init__(self, v, L): self.v = v; self.L = L
    def __lt__(self, o):
        self.L.clear()
        return self.v < o.v
    def __repr__(self): return "ML%d" % self.v
A = []; A.extend(ML(i, A) for i in (1, 4, 7))
B = [ML(2, A), ML(5, A)]
# sort of lists whose comparison mutates the inner lists
class IE:
    def __init__(self, L): self.L = L
    def __lt__(self, o):
        self.L.clear()
        return False
    def __eq__(self, o):
        self.L.append(1)
        return False
inner = [[], [], []]
for x in inner:
    x.extend([IE(x), IE(x)])
probe("sort-inner", lambda: len(sorted(inner)))
probe("max-inner", lambda: len(max(inner)))
# groupby key with __eq__ mutating the source
src = [1, 1, 2, 2, 3]
class GE:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        src.clear()
        return self.v == o.v
probe("groupby-eq", lambda: [(k.v, len(list(g))) for k, g in itertools.groupby(src, GE)])
# list.__init__ of itself, dict.__init__, set.__init__
L = [1, 2, 3]
probe("list-init-self", lambda: (L.__init__(L), L)[1])
L = [1, 2, 3]
probe("list-init-gen", lambda: (L.__init__(x for x in L), L)[1])
D = {1: 2}
probe("dict-init-self", lambda: (D.__init__(D), D)[1])
S = {1, 2}
S = {1, 2}
probe("set-ior-self", lambda: (S.__ior__(S), S)[1])
S = {1, 2}
probe("set-isub-self", lambda: (S.__isub__(S), S)[1])
S = {1, 2}
probe("set-ixor-self", lambda: (S.__ixor__(S), S)[1])
S = {1, 2}
probe("set-iand-self", lambda: (S.__iand__(S), S)[1])
D = {1: 2}
probe("dict-ior-self", lambda: (D.__ior__(D), D)[1])
dq = deque([1, 2])
probe("deque-iadd-self", lambda: (dq.__iadd__(dq), dq)[1])
dq = deque([1, 2])
probe("deque-init-self", lambda: (dq.__init__(dq), dq)[1])
od = OrderedDict(a=1)
probe("od-update-self", lambda: (od.update(od), od)[1])
L = [3, 1, 2]
probe("list-setslice-self-ext", lambda: (L.__setitem__(slice(None, None, -1), L), L)[1])
L = [1, 2, 3]
probe("list-iadd-self", lambda: (L.__iadd__(L), L)[1])
L = [1, 2, 3]
probe("list-contains-self", lambda: L in L)
L = [1]; L.append(L)
probe("list-eq-rec", lambda: L == L)
probe("list-count-rec", lambda: L.count(L))
probe("list-index-rec", lambda: L.index(L))
