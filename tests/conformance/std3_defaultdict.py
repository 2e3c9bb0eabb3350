# collections.defaultdict: the factory fills missing keys on [] only
from collections import defaultdict


def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


d = defaultdict(list)
d["a"].append(1)
d["a"].append(2)
d["b"]
print(d, len(d), "c" in d, d.get("c"), d.get("c", 0), "c" in d)
print(d.default_factory, type(d).__name__, isinstance(d, dict), type(d))
counts = defaultdict(int)
for w in "the cat and the hat and the bat".split():
    counts[w] += 1
print(counts, dict(counts), sorted(counts.items()))
print(counts == dict(counts), dict(counts) == counts)
n = defaultdict(lambda: defaultdict(int))
n["x"]["y"] += 3
print(n["x"], n["x"]["y"], list(n))
s = defaultdict(set, {"k": {1}}, z={2})
s["k"].add(3)
print(s)
e = defaultdict()
print(e, e.default_factory)
err(lambda: e["missing"])
f = defaultdict(None, a=1)
print(f)
err(lambda: defaultdict(5))
err(lambda: defaultdict("str"))
c = d.copy()
c["new"].append(0)
print(type(c).__name__, c, d)
print(d.__missing__("zz"), d["zz"])
d.default_factory = tuple
print(d["t"], d)
g = defaultdict(list, [("p", [1])])
print(g | {"q": 2}, type(g | {"q": 2}).__name__, type({"q": 2} | g).__name__)
g |= {"r": 3}
print(g)
print(d.pop("a"), d.setdefault("w", 9), list(d.keys()), list(d.values()))
for k, v in defaultdict(int, x=1).items():
    print(k, v)


class Node:
    def __init__(self):
        self.children = defaultdict(Node)


root = Node()
root.children["a"].children["b"]
print(list(root.children), list(root.children["a"].children))
calls = []


def factory():
    calls.append(len(calls))
    return len(calls)


h = defaultdict(factory)
print(h[1], h[2], h[1], calls)
r = defaultdict(list)
r["self"].append(r)
print(r)
