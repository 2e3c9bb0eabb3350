# trigonometry: exact special values and the finite-input errors
import math
print(math.sin(0), math.cos(0), math.tan(0), math.sin(-0.0), math.tan(-0.0))
print(math.atan(math.inf), math.atan(-math.inf), math.acos(1), math.acos(-1), math.asin(0))
print(f"{math.sin(math.pi / 6):.12f}", f"{math.cos(math.pi / 3):.12f}", f"{math.tan(math.pi / 4):.12f}")
for f in (math.sin, math.cos, math.tan):
    for x in (math.inf, -math.inf):
        try:
            f(x)
        except ValueError as e:
            print(f.__name__, e)
for f in (math.acos, math.asin):
    for x in (2, -1.5, math.inf):
        try:
            f(x)
        except ValueError as e:
            print(f.__name__, e)
print(math.isnan(math.sin(math.nan)), math.isnan(math.acos(math.nan)))
