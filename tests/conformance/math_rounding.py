# ceil, floor, trunc return ints; ints and bools pass through; NaN and infinities refuse
import math
for x in [2.1, -2.5, 2.0, -0.5, -0.0, 1e20, 1e300, True, 10**30, -7]:
    print(x, math.ceil(x), math.floor(x), math.trunc(x))
print(type(math.ceil(2.0)).__name__, type(math.floor(True)).__name__, type(math.trunc(3.9)).__name__)
for f in (math.ceil, math.floor, math.trunc):
    for x in (math.inf, -math.inf, math.nan):
        try:
            f(x)
        except (OverflowError, ValueError) as e:
            print(f.__name__, x, type(e).__name__, e)
for f in (math.ceil, math.floor):
    try:
        f("1.5")
    except TypeError as e:
        print(f.__name__, e)
math.trunc("1.5")
