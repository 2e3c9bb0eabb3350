import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.sqrt(16), math.isqrt(17), math.gcd(12, 18), math.lcm(4, 6))
print(math.pi, math.e, math.inf, math.isnan(math.nan), math.isclose(0.1 + 0.2, 0.3))
print(math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0), math.hypot(3, 4))
print(math.copysign(3, -0.0), math.fabs(-2), math.fmod(-7, 3), math.degrees(math.pi), math.radians(180))
math.sqrt(-1)
