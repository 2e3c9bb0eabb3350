from collections import defaultdict, Counter, OrderedDict
dd = defaultdict(list)
for word in "one two three four five six".split():
    dd[len(word)].append(word)
print(dict(dd), dd[99], sorted(dd))
c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["zz"], sum(c.values()))
c.update("aaz")
print(c.most_common(2), (c - Counter(a=10)))
od = OrderedDict.fromkeys("cab", 0)
od.move_to_end("c")
print(od, list(od))
print(dict.fromkeys(range(3), "x"))
