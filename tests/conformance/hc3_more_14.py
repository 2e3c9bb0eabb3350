from collections import deque, Counter, defaultdict, OrderedDict, namedtuple
window = deque(maxlen=3)
avgs = []
for x in [10, 20, 30, 40, 50]:
    window.append(x)
    avgs.append(sum(window) / len(window))
print(avgs, window)
c = Counter()
for word in "a b a c b a".split():
    c[word] += 1
print(c, c.most_common(), list(c), dict(c))
od = OrderedDict.fromkeys("cab")
print(od, list(od.keys()), od == {"c": None, "a": None, "b": None})
Pair = namedtuple("Pair", "left right")
p = Pair(1, right=2)
print(p, p._fields, Pair(*p[::-1]), p._asdict(), repr(p))
print(defaultdict(lambda: "N/A", {"a": 1})["b"])
