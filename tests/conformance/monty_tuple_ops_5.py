# === tuple methods and comparison errors ===
t = (3, 1, 2)
assert sorted(t) == [1, 2, 3] and t == (3, 1, 2), 'sorted copy'
assert tuple(sorted(t)) == (1, 2, 3), 'tuple of sorted'
assert max(t) == 3 and sum(t) == 6, 'aggregates'
assert (1, 'a') < (1, 'b') and (1, 2) < (2,), 'lexicographic'
assert (1, 2) == (1.0, 2.0), 'numeric eq'
try:
    (1, 'a') < (1, 2)
except TypeError as e:
    assert str(e) == "'<' not supported between instances of 'str' and 'int'", str(e)
t.index(5)
