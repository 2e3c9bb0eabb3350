# === in-place set ops ===
s = {1, 2, 3}
s |= {4}
s &= {1, 2, 4, 5}
s -= {1}
s ^= {2, 9}
assert s == {4, 9}, s
s.update([1], [2])
s.intersection_update({1, 2, 4})
assert s == {1, 2, 4}, s
s.difference_update({1})
s.symmetric_difference_update({2, 3})
assert s == {3, 4}, s
s.clear()
assert s == set(), s
s.pop()
