# classes used as dict keys by identity, and ordering of set of ints from __hash__
class Ident:
    pass

a, b = Ident(), Ident()
d = {a: 1, b: 2}
assert d[a] == 1 and d[b] == 2
assert len({a, a, b}) == 2
assert a != b and a == a
assert hash(a) == hash(a)
counts = {}
for obj in [a, b, a, a]:
    counts[obj] = counts.get(obj, 0) + 1
assert sorted(counts.values()) == [1, 3]
print(sorted(counts.values()))
try:
    d[Ident()]
except Exception as e:
    print(type(e).__name__, type(e.args[0]).__name__)
