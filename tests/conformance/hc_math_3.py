import math
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True
print([n for n in range(50) if is_prime(n)])
print(math.dist((0, 0), (3, 4)), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.floor(-0.5), math.ceil(0.0000001), math.trunc(1e20))
print(round(math.cosh(1), 6), round(math.asin(1), 6), math.acos(1))
print(math.remainder(10, 3), math.fmod(-10, 3), -10 % 3)
print(math.inf > 10 ** 400, -math.inf < -10 ** 400, math.nan in [math.nan])
sum([math.comb(10, k) for k in range(11)])
