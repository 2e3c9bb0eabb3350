import math
print(math.floor(1e300), type(math.floor(2.0)), math.ceil(10 ** 20 + 0.5))
print(int(1e300) == 10 ** 300, int(1e22), 10 ** 22)
print(float(10 ** 309 // 10 ** 10), 2 ** 1023 * 1.0)
float(10 ** 400)
