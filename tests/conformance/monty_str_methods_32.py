# === str hashing and dict keys ===
d = {}
d['key'] = 1
d['k' + 'ey'] += 1
assert d == {'key': 2}, d
assert hash('abc') == hash('ab' + 'c'), 'equal strings equal hash'
assert hash('') == 0, 'empty hash'
keys = ['b', 'a', 'c']
d2 = {k: i for i, k in enumerate(keys)}
assert list(d2) == keys, 'insertion order'
d2['zz']
