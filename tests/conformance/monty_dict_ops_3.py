# === dict views ===
d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys()
v = d.values()
i = d.items()
d['d'] = 4
assert list(k) == ['a', 'b', 'c', 'd'], 'live keys'
assert sum(v) == 10, 'live values'
assert ('d', 4) in i, 'items contains'
assert k & {'a', 'z'} == {'a'}, 'keys set ops'
assert k - {'a'} == {'b', 'c', 'd'}, 'keys minus'
assert len(i) == 4, 'len items'
assert repr({'x': 1}.keys()) == "dict_keys(['x'])", 'repr keys'
assert repr({'x': 1}.values()) == 'dict_values([1])', 'repr values'
assert repr({'x': 1}.items()) == "dict_items([('x', 1)])", 'repr items'
list(reversed(d.items()))
