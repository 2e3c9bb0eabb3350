# math's constants: values, reprs, and how they compare
import math
print(math.pi, math.e, math.tau)
print(repr(math.inf), repr(-math.inf), repr(math.nan))
print(math.tau == 2 * math.pi, math.inf > 1e308, math.nan == math.nan, math.nan != math.nan)
print(type(math.pi).__name__, type(math.inf).__name__)
print(math.isinf(math.inf), math.isnan(math.nan), -math.inf < 0)
print(math.pi * 2 == math.tau, round(math.e, 5), f"{math.pi:.3f}")
math.inf - math.inf
