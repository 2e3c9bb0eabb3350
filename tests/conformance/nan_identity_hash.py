# A NaN hashes by identity: the same NaN finds itself in a dict or set, distinct NaNs are
# distinct keys (CPython 3.10+), and sets and dicts of several NaNs keep them all.
from collections import Counter, OrderedDict, defaultdict

x = float('nan')
print(hash(x) == hash(x), hash(x) == hash([x][0]), {x: 1}[x], {x: 1}.get(x), x in {x})
print(len({x, x}), len({float('nan'), float('nan')}), len({x, x + 0, x * 1, -x}))
print(len({float('nan'): 1, float('nan'): 2}), {x: 1} == {x: 1}, {x} == {x})
print({float('nan')} == {float('nan')}, {x: 1}.get(float('nan'), 'missing'))

d = {}
nans = [float('nan') for _ in range(50)]
for i, v in enumerate(nans):
    d[v] = i
print(len(d), all(d[v] == i for i, v in enumerate(nans)), [d[nans[k]] for k in (0, 17, 49)])
d[nans[3]] = 'again'
print(len(d), d[nans[3]], list(d.values())[3], nans[3] in d, float('nan') in d)
del d[nans[0]]
print(len(d), nans[0] in d, d.pop(nans[1]), len(d))

s = set(nans)
print(len(s), nans[10] in s, float('nan') in s, len(s | set(nans[:5])), len(s - set(nans[:5])))
s.discard(nans[2])
s.remove(nans[4])
print(len(s), nans[2] in s, len(s & {nans[5], x}), len(frozenset([x, x, nans[0]])))

# keys made once stay found after the table grows and shrinks
grow = {v: 1 for v in nans}
for k in range(40):
    del grow[nans[k]]
print(len(grow), sum(grow[v] for v in nans[40:]), nans[39] in grow)

c = Counter([x, x, nans[0], x])
print(c[x], c[nans[0]], c[float('nan')], len(c))
od = OrderedDict([(x, 'a'), (nans[1], 'b')])
dd = defaultdict(int)
dd[x] += 1
dd[x] += 1
dd[nans[2]] += 5
print(od[x], od[nans[1]], len(od), dict(dd) == {x: 2, nans[2]: 5}, len(dd))
print(dict.fromkeys([x, x, nans[0]]).__len__(), sorted(set([1.0, x, x, 2.0]), key=str)[:2])
