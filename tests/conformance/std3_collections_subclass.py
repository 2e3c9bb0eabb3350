# classes deriving from deque, defaultdict, OrderedDict and Counter
from collections import OrderedDict, Counter, defaultdict, deque

class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get(self, key):
        if key not in self:
            return -1
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            self.popitem(last=False)

c = LRU(2)
c.put(1, 1); c.put(2, 2); print(c.get(1)); c.put(3, 3); print(c.get(2), c, c.capacity, isinstance(c, dict))

class Tally(Counter):
    def top(self):
        return self.most_common(1)[0][0]

t = Tally("hello world")
print(t.top(), t, t + Tally("zz"), t["l"], t["?"])

class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)

tr = Tree()
tr["a"]["b"]["c"] = 1
print(tr["a"]["b"], type(tr["a"]).__name__)

class Plain(defaultdict):
    pass

p = Plain(list)
p["x"].append(1)
print(p, p.default_factory)

class Window(deque):
    def __init__(self, n):
        super().__init__(maxlen=n)
    def mean(self):
        return sum(self) / len(self)

w = Window(3)
for v in range(10):
    w.append(v)
print(w, w.mean(), w.maxlen, w == deque([7, 8, 9]))

class Bare(deque):
    pass

b = Bare([1, 2], 5)
b.append(3)
print(b, b.maxlen, list(reversed(b)))

class NoSuper(deque):
    def __init__(self):
        self.tag = "x"

ns = NoSuper()
ns.extend([1, 2, 3])
print(ns, ns.maxlen, ns.tag)

class OD(OrderedDict):
    pass
print(OD(a=1) == OrderedDict(a=1), OD(b=2, a=1) == OD(a=1, b=2), OD(x=1))
class Cnt(Counter):
    pass
print(Cnt("aab"), Cnt(a=1) - Counter(a=3), Cnt())


class Defaulting(OrderedDict):
    def __missing__(self, key):
        self[key] = len(self)
        return self[key]


dm = Defaulting()
print(dm["a"], dm["b"], dm["a"], dm)


class Loud(Counter):
    def __missing__(self, key):
        return -1


print(Loud("ab")["z"], Loud("ab")["a"])
