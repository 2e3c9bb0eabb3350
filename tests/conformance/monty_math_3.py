# === math trig and angles ===
import math
assert math.sin(0) == 0.0 and math.cos(0) == 1.0, 'basics'
assert math.isclose(math.sin(math.pi / 2), 1.0), 'sin'
assert math.degrees(math.pi) == 180.0, 'degrees'
assert math.radians(180) == math.pi, 'radians'
assert math.atan2(1, 1) == math.pi / 4, 'atan2'
assert math.isclose(math.tan(math.pi / 4), 1.0), 'tan'
print(round(math.asin(1), 10), round(math.atan(1), 10))
print(math.sinh(1), math.cosh(1), math.tanh(1))
print(math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.remainder(10, 3), math.fmod(-10, 3), -10 % 3)
math.cos(math.pi)
