import math
def solve_quadratic(a, b, c):
    if a == 0:
        raise ValueError("not quadratic")
    disc = b * b - 4 * a * c
    if disc < 0:
        re_ = -b / (2 * a)
        im = math.sqrt(-disc) / (2 * a)
        return complex(re_, im), complex(re_, -im)
    r = math.sqrt(disc)
    return (-b + r) / (2 * a), (-b - r) / (2 * a)
print(solve_quadratic(1, -3, 2), solve_quadratic(1, 2, 5), solve_quadratic(2, 4, 2))
print(math.comb(52, 5), math.perm(10), math.factorial(25), math.gcd(0, 0), math.gcd(-12, 18), math.lcm())
print(math.isqrt(10 ** 30), math.sqrt(2) ** 2, math.cbrt(27) if hasattr(math, "cbrt") else 3.0)
print(math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]), math.prod([], start=5))
solve_quadratic(0, 1, 1)
