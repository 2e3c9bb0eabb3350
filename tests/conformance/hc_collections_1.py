from collections import Counter, defaultdict, deque, OrderedDict
c = Counter("abracadabra")
print(c.most_common(2), c["a"], c["z"], sorted(c.elements())[:4])
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dict(dd), dd["missing"], len(dd))
dq = deque([1, 2, 3], maxlen=3)
dq.append(4); dq.appendleft(0)
print(dq, dq.popleft(), list(dq))
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(list(od))
