# === sorted/min/max with keys ===
people = [('ann', 31), ('bob', 25), ('cy', 31), ('di', 19)]
assert min(people, key=lambda p: p[1]) == ('di', 19), 'min key'
assert max(people, key=lambda p: p[1]) == ('ann', 31), 'max key first wins'
assert sorted(people, key=lambda p: p[1], reverse=True)[:2] == [('ann', 31), ('cy', 31)], 'stable reverse'
assert max([], default=None) is None, 'default'
assert min(3, 1, 2) == 1, 'varargs'
assert max('b', 'a', key=ord) == 'b', 'key varargs'
assert min([[2], [1, 5]]) == [1, 5], 'lists'
try:
    max([])
except ValueError as e:
    assert str(e) == 'max() iterable argument is empty', str(e)
try:
    min(1)
except TypeError as e:
    assert str(e) == "'int' object is not iterable", str(e)
min()
