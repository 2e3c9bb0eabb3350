# === string iteration & conversions ===
s = 'a1b2c3'
letters = [c for c in s if c.isalpha()]
digits = [int(c) for c in s if c.isdigit()]
assert letters == ['a', 'b', 'c'], letters
assert sum(digits) == 6, 'sum'
assert list('abc') == ['a', 'b', 'c'], 'list'
assert tuple('ab') == ('a', 'b'), 'tuple'
assert set('aab') == {'a', 'b'}, 'set'
assert dict.fromkeys('ab', 0) == {'a': 0, 'b': 0}, 'fromkeys'
assert list(reversed('abc')) == ['c', 'b', 'a'], 'reversed'
assert sorted('cba') == ['a', 'b', 'c'], 'sorted'
assert list(enumerate('ab')) == [(0, 'a'), (1, 'b')], 'enumerate'
it = iter('xy')
assert next(it) == 'x' and next(it) == 'y', 'iter'
next(it)
