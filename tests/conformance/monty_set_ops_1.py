# === set basics ===
s = {1, 2, 3}
s.add(4)
s.add(2)
assert s == {1, 2, 3, 4}, s
s.discard(10)
s.remove(1)
assert s == {2, 3, 4}, s
assert len(s) == 3, 'len'
assert 3 in s and 1 not in s, 'membership'
t = set()
assert t == set() and not t, 'empty set'
assert repr(t) == 'set()', 'empty repr'
assert {1, 1, 1} == {1}, 'dedupe'
s.remove(99)
