# === sum / any / all ===
assert sum([1, 2, 3]) == 6, 'sum'
assert sum([1, 2], 10) == 13, 'start'
assert sum([[1], [2]], []) == [1, 2], 'list sum'
assert sum([0.1] * 3) == 0.30000000000000004, 'float sum'
assert sum(range(101)) == 5050, 'range'
assert sum([True, True, False]) == 2, 'bools'
assert sum((x * x for x in range(4)), start=1) == 15, 'start kw'
assert any(x > 2 for x in [1, 2, 3]), 'any'
assert not all([1, 0, 1]), 'all'
assert all([]) and not any([]), 'empty'
try:
    sum(['a', 'b'], '')
except TypeError as e:
    assert str(e) == "sum() can't sum strings [use ''.join(seq) instead]", str(e)
sum([1, 'a'])
