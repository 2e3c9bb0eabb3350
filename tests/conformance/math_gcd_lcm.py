# gcd and lcm take any number of ints; results are non-negative
import math
print(math.gcd(), math.gcd(0), math.gcd(-4), math.gcd(12, 18), math.gcd(12, 18, 8), math.gcd(-12, -18))
print(math.gcd(2**100, 2**80 * 3), math.gcd(2**200, 0), math.gcd(0, 0), math.gcd(0, -7), math.gcd(True, 4))
print(math.gcd(-2**63, 2**62), math.gcd(-2**63, -2**63), math.gcd(2**64 + 1, 2**32 + 1))
print(math.lcm(), math.lcm(0), math.lcm(-4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(-4, 6))
print(math.lcm(2**70, 3), math.lcm(2**64, 2**64 + 1), math.lcm(3, 0, 5), math.lcm(2**40, 2**40 + 1))
print(math.gcd(*range(6, 100, 6)), math.lcm(*range(1, 21)))
for call in [lambda: math.gcd(1.0, 2), lambda: math.gcd(12, "a"), lambda: math.lcm(0, 1.5),
             lambda: math.lcm(0, "a"), lambda: math.gcd(a=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
math.lcm(4, 6.0)
