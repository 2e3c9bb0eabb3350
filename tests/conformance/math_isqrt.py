# isqrt: exact integer square roots of any size
import math
print([math.isqrt(n) for n in range(20)])
print(math.isqrt(10**40), math.isqrt(2**64 - 1), math.isqrt(2**63 - 1), math.isqrt(2**200), math.isqrt(True))
n = 12345678901234567890123456789
r = math.isqrt(n)
print(r, r * r <= n < (r + 1) ** 2)
for bad in [-1, -10**30, 1.0, "4"]:
    try:
        math.isqrt(bad)
    except (ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
math.isqrt(-5)
