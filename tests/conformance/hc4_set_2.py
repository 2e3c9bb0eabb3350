s = {3, 1, 2}
s.update([5], {6})
s.difference_update({1})
s.symmetric_difference_update({2, 10})
print(sorted(s))
print(sorted({x % 3 for x in range(10)}), set() == frozenset(), {frozenset({1}): "ok"})
seen = set()
unique = [x for x in [3, 1, 3, 2, 1] if not (x in seen or seen.add(x))]
print(unique)
t = {1, 2}
t.remove(3)
