# === tuple immutability and hashing ===
t = (1, [2, 3])
t[1].append(4)
assert t == (1, [2, 3, 4]), 'inner mutable'
try:
    t[0] = 5
except TypeError as e:
    assert str(e) == "'tuple' object does not support item assignment", str(e)
try:
    hash(t)
except TypeError as e:
    assert str(e) == "unhashable type: 'list'", str(e)
assert hash((1, 2)) == hash((1, 2)), 'hash stable'
assert hash((1, 2)) != hash((2, 1)), 'order matters'
assert {(1, 'a'): 1}[(1, 'a')] == 1, 'dict key'
t.append(1)
