a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9]), a.intersection(b, {4}), a.difference([1]), a.symmetric_difference(b))
print(a <= b, {3} <= b, {3} < b, b >= {5}, a.isdisjoint({7}), a.issubset(range(10)))
s = set()
s.add(1); s.add(1); s.update([2, 3], "x")
print(sorted(s, key=str), len(s))
s.discard(99); s.remove("x")
print(s, 2 in s, set() == set(), repr(set()))
print(frozenset([1, 2]) == {1, 2}, {frozenset([1]): "ok"})
