# === popitem order and copy ===
d = {'a': 1, 'b': 2, 'c': 3}
assert d.popitem() == ('c', 3), 'LIFO'
assert d.popitem() == ('b', 2), 'LIFO 2'
e = d.copy()
e['z'] = 0
assert d == {'a': 1}, 'copy independent'
nested = {'l': [1]}
n2 = nested.copy()
n2['l'].append(2)
assert nested['l'] == [1, 2], 'shallow'
d.clear()
assert d == {} and len(d) == 0, 'clear'
d.popitem()
