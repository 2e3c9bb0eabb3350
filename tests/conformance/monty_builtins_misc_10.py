# === iter / next ===
it = iter([1, 2, 3])
assert next(it) == 1, 'first'
assert list(it) == [2, 3], 'rest'
assert next(it, 'end') == 'end', 'default'
it2 = iter(range(2))
assert iter(it2) is it2, 'iter of iterator'
calls = []
def counter():
    calls.append(1)
    return len(calls)
assert list(iter(counter, 4)) == [1, 2, 3], 'sentinel'
try:
    next([1])
except TypeError as e:
    assert str(e) == "'list' object is not an iterator", str(e)
try:
    iter(5)
except TypeError as e:
    assert str(e) == "'int' object is not iterable", str(e)
next(iter([]))
