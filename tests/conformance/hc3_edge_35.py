x = 0.1
y = 0.2
print(f"{x + y:.20f}", x + y == 0.3, round(x + y, 2) == 0.3, (x + y).hex())
import math
print(math.isclose(x + y, 0.3, rel_tol=1e-12), math.floor(-0.5), math.ceil(0.0000001))
print(3 / 2, 3 // 2, -3 / 2, -3 // 2, 3 % -2, 3.0 % -2, -3.0 // 2)
print(float.fromhex("0x1p-1074"), (0.5).hex(), float(2 ** 53 + 1), 2 ** 53 + 1.0)
print(1e16 + 1, 1e16 + 2, int(1e16) + 1, 9999999999999999.0)
