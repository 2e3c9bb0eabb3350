# math functions with domain errors
import math
for f, arg in [(math.log, 0), (math.log, -1), (math.acos, 2), (math.factorial, -1)]:
    try:
        f(arg)
    except ValueError as e:
        print(f.__name__, "->", e)
print(math.floor(7.9), math.ceil(7.1), math.degrees(math.pi), math.radians(180))
print(round(math.sin(math.pi / 2), 10), round(math.cos(0), 3), math.atan2(1, 1) * 4)
math.factorial(3.5)
