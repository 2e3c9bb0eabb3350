# === augmented ops on ints ===
x = 10
x += 5
x -= 3
x *= 2
x //= 5
x **= 3
x %= 7
assert x == 1, x
y = 6
y /= 4
assert y == 1.5, y
z = 0b1111
z &= 0b1010
z |= 0b0100
z ^= 0b0001
z <<= 2
z >>= 1
assert z == 0b11110, bin(z)
w = 5
w //= 0
