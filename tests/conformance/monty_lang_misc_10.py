# === is vs == with small values ===
a = 256
b = 256
assert a == b, 'eq'
x = (1, 2)
y = x
assert x is y, 'same tuple'
s = ''
assert s == '' and not s, 'empty string'
assert [] is not [], 'distinct lists'
assert () == (), 'empty tuples equal'
n = None
assert n is None and not (n is not None), 'None identity'
assert (x is y) is True, 'is returns bool'
f = 1.5
g = f
f is g
