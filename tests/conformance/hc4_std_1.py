from collections import deque, Counter, OrderedDict, ChainMap
d = deque(range(5))
d.rotate(-2)
d.extendleft([10, 11])
print(d, d.index(3), d.count(0), d[0], d[-1], len(d))
d.remove(10)
print(d.popleft(), d.pop(), list(d), deque("abc", maxlen=2))
c1 = Counter("hello world")
c2 = Counter("lowly")
print(c1 & c2, (c1 | c2)["l"], sorted((c1 - c2).elements()), c1.most_common(1), list(c2.keys()))
od = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
print(od.popitem(last=False), od.popitem(), od)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
cm["c"] = 4
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps[0])
d[10]
