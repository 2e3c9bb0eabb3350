# wrong argument counts and keywords: each calling convention's message
import math
calls = [lambda: math.sqrt(), lambda: math.sqrt(1, 2), lambda: math.sqrt(x=1), lambda: math.atan2(1),
         lambda: math.atan2(1, 2, 3), lambda: math.atan2(y=1, x=2), lambda: math.copysign(1), lambda: math.fmod(1),
         lambda: math.pow(2, 3, 4), lambda: math.log(), lambda: math.log(1, 2, 3), lambda: math.log(8, base=2),
         lambda: math.ldexp(1), lambda: math.frexp(), lambda: math.fsum([], []), lambda: math.ceil(1, 2),
         lambda: math.floor(), lambda: math.fma(1, 2), lambda: math.dist([1]), lambda: math.perm(),
         lambda: math.perm(1, 2, 3), lambda: math.comb(5), lambda: math.factorial(n=3), lambda: math.gcd(a=1),
         lambda: math.isqrt(), lambda: math.ulp(1, 2), lambda: math.gamma(), lambda: math.sumprod([1])]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
math.hypot(1, y=2)
