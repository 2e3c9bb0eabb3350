# logarithms of ints are exact beyond the float range; bases
import math
print(math.log(1), math.log(2**1000), math.log(2**1100))
print(math.log10(10**400), math.log2(2**3000), math.log2(1024), math.log10(1000))
print(math.log(8, 2), math.log(100, 10), math.log(10**400, 10), math.log(0.5, 0.5))
print(math.log(10**400, 2**2000), math.log(True))
print(math.log(math.inf), math.log(math.inf, 2), math.log(2, math.inf))
print(math.log2(3 * 2**2000), math.log10(10**-300))
for x in [0, -1, -10**400, False]:
    try:
        math.log(x)
    except ValueError as e:
        print("int", x, e)
for x in [0.0, -0.0, -1.5, -math.inf]:
    for f in (math.log, math.log2, math.log10):
        try:
            f(x)
        except ValueError as e:
            print(f.__name__, x, e)
