# === frozenset ===
f = frozenset([1, 2, 2, 3])
assert f == {1, 2, 3}, 'eq with set'
assert hash(f) == hash(frozenset({3, 2, 1})), 'hash order independent'
d = {f: 'found'}
assert d[frozenset([3, 1, 2])] == 'found', 'as key'
g = f | {4}
assert type(g) is frozenset, type(g)
h = {5} | f
assert type(h) is set, type(h)
assert repr(frozenset()) == 'frozenset()', 'empty repr'
assert repr(frozenset([1])) == 'frozenset({1})', repr(frozenset([1]))
nested = {frozenset([1]), frozenset([1])}
assert len(nested) == 1, 'dedupe frozensets'
f.add(4)
