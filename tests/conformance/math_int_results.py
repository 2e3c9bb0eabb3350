# which functions return ints and which floats
import math
results = [math.floor(2.5), math.ceil(2.5), math.trunc(2.5), math.isqrt(10), math.factorial(4), math.comb(4, 2),
           math.perm(4, 2), math.gcd(4, 6), math.lcm(4, 6), math.prod([2, 3]), math.sumprod([1], [2]),
           math.sqrt(4), math.pow(2, 2), math.fabs(-2), math.fsum([1, 2]), math.hypot(3, 4), math.ldexp(1, 2),
           math.copysign(2, 1), math.fmod(7, 2), math.degrees(0)]
print([type(x).__name__ for x in results])
print(results)
