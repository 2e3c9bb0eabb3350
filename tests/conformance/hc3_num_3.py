import math
print(math.sqrt(16), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.isqrt(99))
print(math.gcd(48, 18), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.pi, math.e, math.inf, -math.inf, math.tau)
print(math.log(100, 10), math.log2(1024), math.log10(0.001), math.exp(0), math.log(math.e))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(float("nan")), math.isinf(-math.inf), math.isfinite(1e308))
print(math.hypot(3, 4), math.copysign(2, -0.0), math.fabs(-3), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.prod([1, 2, 3, 4]), math.degrees(math.pi), math.radians(180))
math.sqrt(-1)
