# math module basics
import math
print(math.sqrt(16), math.pi, math.e, math.tau)
print(math.gcd(12, 18), math.gcd(0, 5), math.lcm(4, 6), math.factorial(10))
print(math.comb(10, 3), math.perm(5, 2), math.isqrt(99), math.prod([1, 2, 3, 4]))
print(math.log(100, 10), math.log2(1024), math.log10(0.001), math.exp(0))
print(math.hypot(3, 4), math.copysign(2, -0.0), math.fabs(-3), math.inf > 0)
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308))
math.sqrt(-1)
