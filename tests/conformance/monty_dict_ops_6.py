# === dict ordering and equality ===
a = {'a': 1, 'b': 2}
b = {'b': 2, 'a': 1}
assert a == b, 'order-insensitive eq'
assert list(a) != list(b), 'but order preserved'
a['a'] = 10
assert list(a) == ['a', 'b'], 'update keeps position'
del a['a']
a['a'] = 1
assert list(a) == ['b', 'a'], 'reinsert moves to end'
assert {1: 'x'} == {1.0: 'x'}, 'numeric keys'
d = {1: 'int', 1.0: 'float', True: 'bool'}
assert d == {1: 'bool'}, d
assert list(d.keys())[0] is not True, 'first key kept'
d
