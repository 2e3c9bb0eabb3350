import math
for name in ["sqrt", "exp", "floor", "ceil", "fabs", "isnan", "isfinite", "log", "sin", "trunc", "degrees"]:
    try:
        print(getattr(math, name)(1j))
    except TypeError as e:
        print(name, "TypeError:", e)
for call in [lambda: math.pow(1j, 2), lambda: math.atan2(1, 1j), lambda: math.isclose(1j, 1j), lambda: math.hypot(1j),
             lambda: math.copysign(1, 2j), lambda: math.fsum([1j]), lambda: math.prod([1j, 2j]), lambda: math.dist([1j], [0])]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(math.pow(-8, 1 / 3) if False else "math.pow stays real")
try:
    math.pow(-8, 0.5)
except ValueError as e:
    print("ValueError:", e)
math.sqrt(-1 + 0j)
