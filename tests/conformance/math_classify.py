# isfinite, isinf, isnan on floats, ints, bools
import math
for x in [0, 1.5, -0.0, math.inf, -math.inf, math.nan, True, 10**300, 1e308 * 10]:
    print(repr(x)[:20], math.isfinite(x), math.isinf(x), math.isnan(x))
try:
    math.isfinite(10**400)
except OverflowError as e:
    print("OverflowError:", e)
math.isnan("nan")
