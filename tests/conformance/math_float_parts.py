# frexp, modf, ldexp, copysign, fabs
import math
for x in [0, -0.0, 1, -5.5, 1e-320, 2**100, math.inf]:
    print("frexp", x, math.frexp(x))
print(math.frexp(math.nan)[1], math.isnan(math.frexp(math.nan)[0]))
for x in [1.5, -1.5, 5, -0.0, 1e300, -math.inf]:
    print("modf", x, math.modf(x))
for x, i in [(1, 10), (1.5, -2000), (1, -1074), (1, -1075), (1e-320, 1100), (0.0, 10**30), (3, True), (-0.0, 5)]:
    print("ldexp", x, i, math.ldexp(x, i))
for x, i in [(1.5, 2000), (1.5, 10**30), (-1, 1024)]:
    try:
        math.ldexp(x, i)
    except OverflowError as e:
        print("ldexp", x, "overflow:", e)
for i in [2.0, "a", None]:
    try:
        math.ldexp(1, i)
    except TypeError as e:
        print("ldexp", repr(i), e)
print(math.copysign(1, -0.0), math.copysign(-3, 2), math.copysign(math.inf, -1), math.fabs(-0.0), math.fabs(-math.inf), math.fabs(True))
math.frexp("x")
