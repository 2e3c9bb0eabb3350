# === del statement ===
a = 1
del a
try:
    a
except NameError as e:
    print(e)
lst = [1, 2, 3]
del lst[1], lst[0]
assert lst == [2] or lst == [3], lst
d = {'a': 1, 'b': 2}
del d['a']
assert d == {'b': 2}, d
x, y = 1, 2
del x, y
def f():
    z = 1
    del z
    return z
f()
