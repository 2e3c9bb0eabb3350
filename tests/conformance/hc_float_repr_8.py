import math
print(0.1 + 0.2, 1.1 + 2.2, 3 * 1.1, 0.1 * 0.1, 1 - 0.9, 100 * 1.1)
print(1e15 + 0.3, 1e16 + 1.0, 123456789.0 * 10, 1.0e-320)
print(math.pi * 1e10, math.e ** 10, 2 ** 0.5 * 2 ** 0.5)
print(float("1e500"), float("-1e500"), float("1e-500"))
print(round(1e-10, 12), round(123.456, -1), round(-123.456, 1), round(0.5 + 1e-16))
print(f"{1e-7}", f"{1e16}", f"{1.5e16}", f"{12345678901234567.0}")
print(str(2.0 ** 100), repr(2.0 ** -30), 1 / 1024, 3.0 ** 40)
print(int(1e15), int(-2.5e3), float(int(1e17)), 10 ** 16 * 1.0)
