a = {1, 2}
print(a < {1, 2, 3}, a <= {1, 2}, a > {1}, a >= {1, 2, 3}, a == {2, 1}, a != {1})
print(frozenset({1}) < {1, 2}, {1} <= frozenset({1}), set() < {0}, set() <= set())
print(a.issubset({1, 2}), a.issuperset(set()), set().isdisjoint(set()), a.isdisjoint(a))
print(a == frozenset(a), frozenset(a) == a, {1, 2, 3} > a, [1, 2] == a)
print(sorted([{3}, {1, 2}, {1}], key=len))
