# fma: one rounding, its own error messages
import math
print(math.fma(1, 2, 3), math.fma(0.1, 10, -1), math.fma(2, 3, -6), math.fma(-0.0, 1, 0.0))
print(0.1 * 10 - 1, math.fma(0.1, 10, -1) == 0.1 * 10 - 1)
print(math.isnan(math.fma(math.nan, 1, 1)), math.fma(math.inf, 1, 1))
for args in [(1e308, 10, 1), (math.inf, 0, 1), (math.inf, 1, -math.inf)]:
    try:
        math.fma(*args)
    except (ValueError, OverflowError) as e:
        print(args, type(e).__name__, e)
math.fma(1, 2)
