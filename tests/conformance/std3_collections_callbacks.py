# Python code called back from collections' C code (factories, __eq__, __hash__, __repr__,
# __index__, iterators) that mutates the container being worked on
from collections import Counter, OrderedDict, defaultdict, deque


def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


# a default factory that changes the dict it fills
d = defaultdict(list)


def factory():
    d.clear()
    d["other"] = ["x"] * 3
    return ["made"]


d.default_factory = factory
print(d["k"], dict(d))
e = defaultdict(int)
e.default_factory = lambda: e.setdefault("inner", len(e))
print(e["outer"], dict(e))


class Noisy:
    def __init__(self, name, target):
        self.name = name
        self.target = target

    def __repr__(self):
        self.target.clear()
        return f"Noisy({self.name})"

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, Noisy) and other.name == self.name


q = deque()
q.extend([Noisy("a", q), Noisy("b", q), 3])
print(q)
print(q)
od = OrderedDict()
od["x"] = Noisy("x", od)
od["y"] = Noisy("y", od)
print(od, od)
c = Counter()
c[Noisy("c", c)] = 2
c["z"] = 1
print(c, c)


class Shrink:
    def __init__(self, q):
        self.q = q

    def __eq__(self, other):
        while self.q:
            self.q.pop()
        for k in range(50):
            self.q.append(k)
        return False

    def __hash__(self):
        return 1


q = deque([1, 2, 3])
err(lambda: q.index(Shrink(q)))
q = deque([1, 2, 3])
err(lambda: q.count(Shrink(q)))
q = deque([1, 2, 3])
err(lambda: deque([Shrink(q)]) == q)
print(len(q))


class Index:
    def __init__(self, q, value):
        self.q = q
        self.value = value

    def __index__(self):
        self.q.clear()
        return self.value


q = deque(range(5))
err(lambda: q[Index(q, 2)])
q = deque(range(5))
err(lambda: q.insert(Index(q, 1), "x"))
print(q)
q = deque(range(5))
q.rotate(Index(q, 2))
print(q)


def gen(q):
    for k in range(3):
        q.append(k * 10)
        yield k


q = deque([9])
q.extend(gen(q))
print(q)
q = deque([9], maxlen=3)
q.extendleft(gen(q))
print(q)

# Counter arithmetic on counts of other types
print(Counter(a=1.5) + Counter(a=1, b=0.5), Counter(a=2) - Counter(a=0.5))
big = Counter(a=10**30)
big += Counter(a=10**30)
print(big, big.total(), big.most_common(1))
ordered = sorted(Counter(x for x in "the quick brown fox jumps over the lazy dog" if x != " ").most_common(5))
print(ordered)
