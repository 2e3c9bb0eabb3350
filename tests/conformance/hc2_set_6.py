# set comparisons
a, b = {1, 2}, {1, 2, 3}
print(a < b, a <= b, b > a, a == b, a != b, b < b, b <= b)
print({1, 2} < {3, 4}, {1} > set(), set() < set())
print(max({5, 9, 2}), min({5, 9, 2}), sum({1, 2, 3}), sorted({3, 2, 1}, reverse=True))
a < [1, 2, 3]
