# defaultdict and Counter
from collections import defaultdict, Counter
dd = defaultdict(list)
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd[w[0]].append(w)
print(dict(dd), dd["z"], len(dd))
c = Counter("mississippi")
print(c.most_common(2), c["s"], c["q"], sorted(c.elements())[:5], sum(c.values()))
c.update("sss")
c.subtract({"i": 4})
print(c["s"], c["i"], Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3) - Counter(a=5))
dd2 = defaultdict(int)
dd2["k"] += 1
dd2
