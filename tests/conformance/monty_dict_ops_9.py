# === dict iteration mutation ===
d = {'a': 1, 'b': 2}
try:
    for k in d:
        d['new' + k] = 0
except RuntimeError as e:
    assert str(e) == 'dictionary changed size during iteration', str(e)
d2 = {i: i for i in range(4)}
for k in list(d2):
    if k % 2:
        del d2[k]
assert d2 == {0: 0, 2: 2}, d2
for k in d2:
    d2[k] = 'v'
assert d2 == {0: 'v', 2: 'v'}, 'value changes ok'
d3 = {1: 1}
for k in d3:
    del d3[k]
