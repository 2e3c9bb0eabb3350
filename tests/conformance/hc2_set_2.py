# set mutation methods
s = set()
s.update([1, 2], (3,), {4})
s.intersection_update({1, 2, 3, 9})
print(s)
s.difference_update([1])
s.symmetric_difference_update({3, 5})
print(s, s.pop() in {2, 5}, len(s))
s |= {10}; s &= {10, 2, 5}; s -= {5}; s ^= {11}
print(sorted(s))
c = s.copy(); c.clear()
print(c, s, set() == frozenset())
set().pop()
