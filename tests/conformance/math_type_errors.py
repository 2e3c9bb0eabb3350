# math functions take real numbers: ints beyond the float range overflow
import math
for f in (math.sqrt, math.exp, math.fabs, math.sin, math.atan, math.erf, math.frexp, math.modf, math.ulp):
    for bad in ["1", None, [1], 10**400]:
        try:
            f(bad)
        except (TypeError, OverflowError) as e:
            print(f.__name__, type(e).__name__, e)
print(math.sqrt(True), math.exp(False), math.fabs(-2**1000))
math.copysign(1, "a")
