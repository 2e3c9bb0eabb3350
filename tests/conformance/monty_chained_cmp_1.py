# === chained comparisons ===
calls = []
def v(x):
    calls.append(x)
    return x
assert v(1) < v(2) < v(3), 'true chain'
assert calls == [1, 2, 3], calls
calls.clear()
assert not (v(3) < v(2) < v(1)), 'short circuit'
assert calls == [3, 2], 'third not evaluated'
assert 1 < 2 > 0, 'mixed'
assert 1 == 1.0 == True, 'eq chain'
assert 'a' < 'b' <= 'b' != 'c', 'strings'
assert 1 in [1, 2] in [[1, 2]], 'in chain'
assert (1 < 2) < 3, 'parenthesized'
x = 5
assert 0 <= x < 10 and not (0 <= x < 5), 'range check'
1 < 2 < 'a'
