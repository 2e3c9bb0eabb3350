# === del on lists ===
a = list(range(8))
del a[0]
assert a == [1, 2, 3, 4, 5, 6, 7], a
del a[-1]
assert a == [1, 2, 3, 4, 5, 6], a
del a[1:3]
assert a == [1, 4, 5, 6], a
del a[::2]
assert a == [4, 6], a
del a[:]
assert a == [], a
b = [1]
del b[5]
