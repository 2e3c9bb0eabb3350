# === set of ints ordering ===
s = {5, 3, 1, 4, 2}
assert list(s) == [1, 2, 3, 4, 5], list(s)
assert min(s) == 1 and max(s) == 5, 'min max'
assert sum(s) == 15, 'sum'
t = {-1, -2, 0}
assert sorted(t) == [-2, -1, 0], 'sorted negatives'
assert {1, 2} == {2, 1}, 'equality'
assert {1, 2} != {1, 2, 3}, 'ne'
assert set([1, 2]) == frozenset([1, 2]), 'set eq frozenset'
s.copy()
