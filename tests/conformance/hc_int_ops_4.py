x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7
print(x)
y = 0b1111
y &= 0b1010; y |= 0b0101; y ^= 0b0011; y <<= 2; y >>= 1
print(y)
print(int(3.99), int(-3.99), int("  -12 "), int(1e3))
print(float(7) / 2, 7 / 7, type(6 / 3).__name__)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, 1 is not None)
print(hash(1) == hash(1.0), hash(-1), hash(0))
