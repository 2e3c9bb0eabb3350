# === slice assignment with steps and deletes ===
a = list(range(6))
a[1:5:2] = ['x', 'y']
assert a == [0, 'x', 2, 'y', 4, 5], a
a[::-2] = [10, 20, 30]
assert a == [0, 30, 2, 20, 4, 10], a
del a[::-3]
assert a == [0, 30, 20, 4], a
a[5:] = [7]
assert a == [0, 30, 20, 4, 7], a
a[1:1] = 'ab'
assert a == [0, 'a', 'b', 30, 20, 4, 7], a
try:
    a[::2] = 5
except TypeError as e:
    print(e)
a[0:2] = 5
