# === slicing assignment ===
a = list(range(10))
a[2:5] = ['a', 'b']
assert a == [0, 1, 'a', 'b', 5, 6, 7, 8, 9], a
a[:0] = [-1]
assert a[0] == -1, 'prepend'
a[len(a):] = [10, 11]
assert a[-2:] == [10, 11], 'append via slice'
b = list(range(6))
b[::2] = 'xyz'
assert b == ['x', 1, 'y', 3, 'z', 5], b
del b[1::2]
assert b == ['x', 'y', 'z'], b
c = [1, 2, 3]
c[1:2] = []
assert c == [1, 3], c
c[:] = range(3)
assert c == [0, 1, 2], c
try:
    c[::2] = [1, 2, 3]
except ValueError as e:
    assert str(e) == 'attempt to assign sequence of size 3 to extended slice of size 2', str(e)
c
