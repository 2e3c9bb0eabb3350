nan, inf = float("nan"), float("inf")
for a, b in [(nan, nan), (nan, 1), (1.5, nan), (0.0, -0.0), (inf, inf), (inf, 10**400),
             (-inf, -10**400), (1e308, 10**400), (0.5, 0), (-0.5, 0), (1.0, True), (2.5, 2**100)]:
    print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(sorted([3.5, -inf, 2, inf, -1]), nan in [1.0, 2.0])
print(max(1.5, float("-inf")), min([2.5, 1, 1.0]))
