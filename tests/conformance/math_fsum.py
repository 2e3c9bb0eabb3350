# fsum: correctly rounded sums, special values, overflow
import math
print(math.fsum([]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([2.0**53, -0.5, -2.0**-54]), math.fsum([1e-16, 1, 1e16]), math.fsum([1, 2**53, -1]))
print(math.fsum([-0.0]), math.fsum([True, 2]), math.fsum(range(10)), math.fsum(iter([0.1, 0.2, 0.3])))
print(math.fsum([math.inf, 1]), math.fsum([-math.inf, -math.inf]), math.fsum([math.nan, 1]))
print(math.fsum([1.7976931348623157e308, -1.7976931348623157e308, 1]))
print(math.fsum(x / 7 for x in range(100)))
for data in [[1e308, 1e308], [math.inf, -math.inf], [math.nan, math.inf, -math.inf], ["a"], [10**400]]:
    try:
        math.fsum(data)
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
math.fsum(3)
