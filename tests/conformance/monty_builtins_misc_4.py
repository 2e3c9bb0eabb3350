# === enumerate / reversed / range ===
assert list(enumerate('ab', 5)) == [(5, 'a'), (6, 'b')], 'start'
assert list(reversed([1, 2, 3])) == [3, 2, 1], 'reversed list'
assert list(reversed(range(3))) == [2, 1, 0], 'reversed range'
assert list(reversed((1, 2))) == [2, 1], 'reversed tuple'
assert list(reversed({'a': 1, 'b': 2})) == ['b', 'a'], 'reversed dict'
r = range(10, 0, -3)
assert list(r) == [10, 7, 4, 1], 'neg step'
assert r[1] == 7 and r[-1] == 1, 'range index'
assert len(range(0, 10, 3)) == 4, 'len'
assert range(5)[1:3] == range(1, 3), 'range slice'
assert 7 in r and 8 not in r, 'contains'
assert r.index(4) == 2 and r.count(4) == 1, 'index count'
assert repr(range(0, 5, 2)) == 'range(0, 5, 2)', 'repr'
assert range(0) == range(5, 5), 'empty equal'
reversed({1, 2})
