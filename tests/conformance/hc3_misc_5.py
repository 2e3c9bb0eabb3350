s = {3, 1, 2}
s.add(5); s.discard(10); s.remove(1)
print(sorted(s), 2 in s, len(s))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= {1, 2, 3, 4, 5}, a.isdisjoint({9}))
print(sorted(a.union([7], (8,))), a.intersection(b, {4}), frozenset([1, 2]) == {1, 2})
fs = frozenset({1, 2})
print({fs: "ok"}[frozenset([2, 1])], set(), frozenset())
s.remove(42)
