# erf and erfc
import math
print(math.erf(0), math.erf(math.inf), math.erf(-math.inf), math.erfc(-math.inf), math.erfc(30), math.erfc(0))
print(f"{math.erf(0.5):.12f} {math.erf(-1):.12f} {math.erfc(2):.12e} {math.erfc(10):.10e}")
print(math.isnan(math.erf(math.nan)), math.erf(10), math.erfc(-10))
print(all(abs(math.erf(x) + math.erfc(x) - 1) < 1e-15 for x in [0.1 * k for k in range(-20, 21)]))
math.erf("0")
