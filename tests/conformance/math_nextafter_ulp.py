# nextafter (with steps=) and ulp
import math
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(math.inf, 0), math.nextafter(0.0, 1))
print(math.nextafter(-0.0, 1), math.nextafter(0.0, -0.0), math.nextafter(True, 2), math.nextafter(1.0, 1.0))
print(math.nextafter(1, 2, steps=3), math.nextafter(1, 2, steps=0), math.nextafter(0.0, -1, steps=5))
print(math.nextafter(1, 2, steps=10**30), math.nextafter(5e-324, -1, steps=3), math.nextafter(-1.0, 1.0, steps=2**64))
print(math.nextafter(1e308, math.inf, steps=10**20), math.nextafter(-5e-324, 5e-324, steps=1), math.nextafter(-5e-324, 5e-324, steps=2))
print(math.ulp(1), math.ulp(0), math.ulp(-5), math.ulp(math.inf), math.ulp(1e308), math.ulp(1.7976931348623157e308), math.ulp(5e-324))
print(math.isnan(math.ulp(math.nan)), math.isnan(math.nextafter(math.nan, 1)))
for call in [lambda: math.nextafter(1, 2, steps=-1), lambda: math.nextafter(1, 2, steps=1.5), lambda: math.nextafter(1),
             lambda: math.nextafter(1, 2, 3), lambda: math.nextafter(x=1, y=2), lambda: math.nextafter(1, 2, foo=1)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
math.nextafter(1, 2, steps=None)
