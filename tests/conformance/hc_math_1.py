import math
print(math.sqrt(16), math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.gcd(12, 18), math.gcd(0, 5), math.lcm(4, 6), math.factorial(10))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308))
print(math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024), math.exp(0))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 10), math.atan2(1, 1))
print(math.hypot(3, 4), math.copysign(1, -0.0), math.fabs(-3), math.pow(2, 10))
print(math.degrees(math.pi), math.radians(180), math.comb(5, 2), math.perm(5, 2))
