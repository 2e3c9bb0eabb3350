# hypot (any number of coordinates) and dist between two points
import math
print(math.hypot(), math.hypot(3, 4), math.hypot(3), math.hypot(-3), math.hypot(3, 4, 12), math.hypot(True, 0))
print(math.hypot(1e308, 1e308), math.hypot(1e-320, 1e-320), math.hypot(1e-310, 1e-310, 1e-310))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(-0.0, 0.0), math.hypot(*[0.1] * 100))
print(math.dist((1, 2), (4, 6)), math.dist([1.5], [2]), math.dist((), ()), math.dist((1, 2, 3), [4, 5, 6]))
print(math.dist(iter([1]), [2]), math.dist((math.inf,), (math.inf,)))
for call in [lambda: math.dist([1, 2], [1]), lambda: math.dist(1, 2), lambda: math.dist([1, "a"], [1, 2]),
             lambda: math.dist([1]), lambda: math.hypot(1, "a"), lambda: math.hypot(x=1), lambda: math.hypot(10**400)]:
    try:
        call()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
math.dist([1, 2], [3, 4, 5])
