# === slicing edge cases ===
a = list(range(10))
assert a[::-1][:3] == [9, 8, 7], 'reverse then slice'
assert a[-3:-1] == [7, 8], 'negative'
assert a[-1:-3] == [], 'empty'
assert a[-1:-3:-1] == [9, 8], 'negative step'
assert a[100:] == [] and a[:100] == a, 'out of bounds'
assert a[::3] == [0, 3, 6, 9], 'step'
assert a[1::-1] == [1, 0], 'to start backwards'
assert a[:-100:-1] == a[::-1], 'big negative stop'
s = slice(1, 8, 3)
assert a[s] == [1, 4, 7], 'slice obj'
assert s.indices(5) == (1, 5, 3), 'indices'
assert slice(None, None, -1).indices(4) == (3, -1, -1), 'neg indices'
assert repr(s) == 'slice(1, 8, 3)', 'repr'
assert (1, 2, 3)[::2] == (1, 3), 'tuple'
assert 'hello'[1:-1] == 'ell', 'str'
a[::0]
