# === tuple unpacking ===
a, b, c = (1, 2, 3)
assert (a, b, c) == (1, 2, 3), 'basic'
first, *rest = (1, 2, 3, 4)
assert first == 1 and rest == [2, 3, 4], 'star rest'
*init, last = 'abc'
assert init == ['a', 'b'] and last == 'c', 'star init'
x, (y, z) = 1, (2, 3)
assert (x, y, z) == (1, 2, 3), 'nested'
h, *m, t = [1, 2]
assert m == [], 'empty star'
a, b = b, a
assert (a, b) == (2, 1), 'swap'
(p, q), r = 'ab', 'c'
assert p + q + r == 'abc', 'string unpack'
a, b = (1, 2, 3)
