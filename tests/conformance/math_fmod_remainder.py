# fmod keeps the dividend's sign; remainder rounds the quotient to nearest even
import math
for x, y in [(-7, 3), (7, -3), (5.5, 2), (-0.0, 1), (1, math.inf), (10, 3)]:
    print("fmod", x, y, math.fmod(x, y), x % y)
for x, y in [(5, 2), (7, 2), (-7, 2), (3, -2), (-0.0, 1), (1, math.inf), (10.5, 3), (6, 4)]:
    print("remainder", x, y, math.remainder(x, y))
for f in (math.fmod, math.remainder):
    for x, y in [(1, 0), (math.inf, 1), (1, -0.0)]:
        try:
            f(x, y)
        except ValueError as e:
            print(f.__name__, x, y, e)
print(math.isnan(math.fmod(math.nan, 0)), math.isnan(math.remainder(1, math.nan)))
