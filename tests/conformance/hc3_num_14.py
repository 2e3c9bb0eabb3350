import math
print(math.floor(7 / 2), math.ceil(7 / 2), -(-7 // 2))
print(int(math.log10(12345)) + 1, len(str(12345)))
print(math.dist((0, 0), (3, 4)), math.atan2(1, 1), math.sin(math.pi / 2), math.cos(0))
print(round(math.sin(math.pi), 10), math.asin(1), math.tan(0))
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.fmod(-7, 3), -7 % 3)
print(math.nan, math.ulp(1.0), math.nextafter(1.0, 2.0))
math.factorial(-1)
