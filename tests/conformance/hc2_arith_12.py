# float methods
print((0.5).as_integer_ratio(), (2.0).is_integer(), (2.5).is_integer())
print((0.25).hex(), float.fromhex("0x1.8p1"), (1.5).conjugate())
print((-2.5).__abs__(), abs(-0.0), (3.7).__trunc__(), (3.7).__floor__(), (3.2).__ceil__())
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.isclose(0.1 + 0.2, 0.3))
print(math.fsum([0.1] * 10), sum([0.1] * 10))
float("inf").as_integer_ratio()
