import math
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.floor(-0.0), math.ceil(-0.5), math.trunc(1e20), math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.atan2(1, 1), math.sin(0), math.cos(math.pi), math.tan(0.0), math.asin(1), math.dist((0, 0), (1, 1)))
print(math.gcd(0, 0), math.gcd(-12, 18), math.gcd(*[12, 18, 24]), math.isqrt(10 ** 20), math.comb(50, 25))
print(math.inf > 10 ** 400, -math.inf < -(10 ** 400), math.nan != math.nan, math.isfinite(1e308), math.isinf(-math.inf))
print(sum([0.1] * 10) == 1.0, math.fsum([0.1] * 10) == 1.0, math.prod([]), math.prod(range(1, 6), start=2))
math.log(-1)
