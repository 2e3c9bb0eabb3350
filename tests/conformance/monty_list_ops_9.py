# === list containment and identity ===
a = [1, 2, [3]]
assert 2 in a, 'in'
assert [3] in a, 'nested in'
assert 3 not in a, 'not nested'
assert 2.0 in a, 'float eq'
assert True in [1], 'bool eq'
nan = float('nan')
assert nan in [nan], 'identity shortcut'
x = []
y = [x]
assert x in y, 'same obj'
a.index([3])
