# Every arithmetic result is a new float object, a NaN too (x + 1 is not x); what CPython
# hands back as it is (float(x), +x, x.real, x.conjugate(), __float__) stays x.
x = float('nan')
print(float(x) is x, +x is x, x.real is x, x.conjugate() is x, x.__float__() is x,
      x.__pos__() is x, float.from_number(x) is x)
print(x.imag, x.imag is x, (-x) is x, -(-x) is x, abs(x) is x, x.__abs__() is x,
      x.__neg__() is x)
print((x + 1) is x, (x - 0.0) is x, (0.0 + x) is x, (1 + x) is x, (x * 1) is x, (x / 1) is x,
      (x // 1) is x, (x % 1) is x, (x ** 1) is x, pow(x, 1) is x, (2.0 ** x) is x)
print(x ** 0, 1.0 ** x, (1.0 ** x) is x, x.__mul__(1) is x, x.__rmul__(1) is x,
      x.__add__(0) is x, x.__truediv__(1) is x)
q, m = divmod(x, 1)
print(q, m, q is m, q is x, m is x, divmod(x, 2.5)[0] is x)
print(round(x, 2) is x, x.__round__(1) is x, round(x, 0))

# the result of one operation is one object, held in several places
s = x + 1
t = s
print(s is t, [s] == [t], s in [t], s is x, [s] == [x])

# augmented assignment makes a new object too
y = x
y += 0
z = x
z *= 1
w = x
w -= 0.0
print(y is x, z is x, w is x, y is y)

# NaNs from infinities and from parsing
inf = float('inf')
p, n = inf - inf, inf * 0
print(p is p, p is n, [p] == [p], [p] == [n], (inf - inf) is (inf - inf))
print(float('nan') is float('nan'), float('-nan') is float('-nan'), float(' NaN ') is x,
      float(b'nan') is float(b'nan'), float.fromhex('nan') is float.fromhex('nan'))

# a class whose __float__ returns a float: float() returns that very object
class Meters:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return self.v

print(float(Meters(x)) is x, [float(Meters(x))] == [x])

# sign and repr survive every step
import math
print(math.copysign(1, float('-nan')), math.copysign(1, -x), math.copysign(1, -(-x)),
      repr(-x), str(x + 1), math.copysign(1, abs(float('-nan'))))
