# === dict update and merge ===
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
assert a | b == {'x': 1, 'y': 20, 'z': 30}, 'merge'
assert b | a == {'y': 2, 'z': 30, 'x': 1}, 'merge other way'
c = dict(a)
c |= b
assert c == {'x': 1, 'y': 20, 'z': 30}, 'ior'
c.update([('w', 0)], v=5)
assert list(c) == ['x', 'y', 'z', 'w', 'v'], list(c)
c.update({'x': 100})
assert c['x'] == 100, 'update'
merged = {**a, **b, 'extra': True}
assert merged == {'x': 1, 'y': 20, 'z': 30, 'extra': True}, merged
a | [('k', 1)]
