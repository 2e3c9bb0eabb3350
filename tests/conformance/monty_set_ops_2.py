# === set algebra ===
a = {1, 2, 3, 4}
b = {3, 4, 5}
assert a | b == {1, 2, 3, 4, 5}, 'union'
assert a & b == {3, 4}, 'intersection'
assert a - b == {1, 2}, 'difference'
assert a ^ b == {1, 2, 5}, 'symmetric'
assert a.union([9], (8,)) == {1, 2, 3, 4, 8, 9}, 'union many'
assert a.intersection(b, {4}) == {4}, 'intersection many'
assert a.difference(b, {1}) == {2}, 'difference many'
assert a.symmetric_difference([4, 6]) == {1, 2, 3, 6}, 'symdiff iterable'
assert {1, 2} <= a and {1, 2} < a and not a < a, 'subset'
assert a >= {1} and a > {1}, 'superset'
assert a.isdisjoint({7, 8}), 'disjoint'
assert a.issubset(range(10)), 'issubset iterable'
a | [5]
