# exp, exp2, expm1: exact points, overflow, underflow to zero
import math
print(math.exp(0), math.exp2(10), math.exp2(0.5) ** 2 > 1.99, math.expm1(0.0), math.exp(-math.inf))
print(math.exp(-1000), math.exp2(-1080), math.expm1(-1000), math.exp(-745.2))
print(f"{math.exp(1):.12f} {math.expm1(1e-10):.6e} {math.exp2(3.5):.10f}")
for f, x in [(math.exp, 1000), (math.exp, 710), (math.exp2, 1024), (math.expm1, 1000)]:
    try:
        f(x)
    except OverflowError as e:
        print(f.__name__, x, type(e).__name__, e)
print(math.isnan(math.exp(math.nan)))
math.exp(10**400)
