# === dict basics ===
d = {'a': 1, 'b': 2}
d['c'] = 3
assert d == {'a': 1, 'b': 2, 'c': 3}, d
assert d.get('z') is None, 'get default None'
assert d.get('z', 0) == 0, 'get default'
assert d.pop('a') == 1, 'pop'
assert d.pop('a', 'gone') == 'gone', 'pop default'
assert d.setdefault('b', 99) == 2, 'setdefault existing'
assert d.setdefault('e', 5) == 5, 'setdefault new'
assert list(d) == ['b', 'c', 'e'], list(d)
assert len(d) == 3, 'len'
del d['b']
assert 'b' not in d, 'del'
d
