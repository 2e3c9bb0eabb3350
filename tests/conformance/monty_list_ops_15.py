# === list extend edge cases ===
a = [1, 2]
a.extend(a)
assert a == [1, 2, 1, 2], 'self extend'
a.extend(range(2))
a.extend('ab')
assert a == [1, 2, 1, 2, 0, 1, 'a', 'b'], a
a.extend({})
a += a[:1]
assert len(a) == 9, len(a)
a.extend(None)
