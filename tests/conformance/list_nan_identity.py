# Containers compare items with `is` before `==` (PyObject_RichCompareBool), so the same NaN
# object is found and equal to itself inside a container, though nan != nan.
x = float('nan')
print(x == x, [x] == [x], (x,) == (x,), x in [x], x in (x,), [x].count(x), [x].index(x))
print({x: 1}[x] if x in {x: 1} else 'missing', x in {x})
print([float('nan')] == [float('nan')], float('nan') in [float('nan')])
