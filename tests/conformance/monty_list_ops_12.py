# === list index with start/stop ===
a = [1, 2, 1, 2, 1]
assert a.index(1, 1) == 2, 'start'
assert a.index(1, -2) == 4, 'negative start'
assert a.index(2, 0, 2) == 1, 'stop'
try:
    a.index(2, 4)
except ValueError as e:
    assert str(e) == '2 is not in list', str(e)
a.index('x')
