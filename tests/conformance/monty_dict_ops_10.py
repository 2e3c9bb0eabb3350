# === dict keys types ===
d = {}
d[(1, 2)] = 'tuple'
d[None] = 'none'
d[frozenset({1})] = 'fs'
d[-0.0] = 'zero'
d[2 ** 80] = 'big'
assert d[(1, 2)] == 'tuple', 'tuple key'
assert d[None] == 'none', 'None key'
assert d[frozenset([1])] == 'fs', 'frozenset key'
assert d[0] == 'zero', 'zero key'
assert d[2 ** 80] == 'big', 'bigint key'
assert len(d) == 5, len(d)
d[{1}] = 0
