# === reverse, copy, clear ===
a = [1, 2, 3]
b = a
a.reverse()
assert b == [3, 2, 1], 'in place'
c = a.copy()
c.append(0)
assert a == [3, 2, 1], 'copy independent'
d = a[:]
assert d == a and d is not a, 'slice copy'
a.clear()
assert b == [], 'clear'
e = [[1], [2]]
f = e.copy()
f[0].append(9)
assert e[0] == [1, 9], 'shallow'
len(f)
