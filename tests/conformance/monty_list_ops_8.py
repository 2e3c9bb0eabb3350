# === list() constructor ===
assert list() == [], 'empty'
assert list('ab') == ['a', 'b'], 'str'
assert list(range(3)) == [0, 1, 2], 'range'
assert list({'a': 1, 'b': 2}) == ['a', 'b'], 'dict keys'
assert list({'a': 1}.items()) == [('a', 1)], 'items'
assert list(x * 2 for x in [1, 2]) == [2, 4], 'gen'
assert list((1, 2)) == [1, 2], 'tuple'
list(5)
