# set operations on ints
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {3} < b, a.isdisjoint({9}), a >= {1})
print(a.union([7], (8,)), a.intersection(b, {4}), a.difference({1}, {2}), a.symmetric_difference([1, 9]))
print(sorted(a | b), len(a & b), 3 in a, 9 not in b)
a.add(0); a.discard(99); a.remove(1)
print(a, a.issubset(range(10)), a.issuperset([0]))
a.remove(42)
