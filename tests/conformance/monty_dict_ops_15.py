# === dict views set operations ===
a = {'x': 1, 'y': 2, 'z': 3}
b = {'y': 20, 'w': 0}
assert a.keys() & b.keys() == {'y'}, 'and'
assert sorted(a.keys() | b.keys()) == ['w', 'x', 'y', 'z'], 'or'
assert sorted(a.keys() - b) == ['x', 'z'], 'minus dict'
assert sorted(a.keys() ^ b.keys()) == ['w', 'x', 'z'], 'xor'
assert a.keys() == {'x', 'y', 'z'}, 'eq set'
assert a.items() & {('x', 1), ('y', 5)} == {('x', 1)}, 'items and'
assert a.keys().isdisjoint({'q'}), 'isdisjoint'
assert not a.values() == a.values() or True, 'values eq identity'
assert 'x' in a.keys() and 1 in a.values() and ('x', 1) in a.items(), 'contains'
a.keys()[0]
