from collections import Counter, defaultdict
c = Counter(a=1)
c["b"] -= 1
print(c, +c, c.total())
d = defaultdict(int)
d["x"] += 1
print(d)
defaultdict(5)
