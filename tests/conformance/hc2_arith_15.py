# augmented assignments on numbers
x = 10
x += 5; x -= 3; x *= 4; x //= 5; x **= 2; x %= 7
print(x)
y = 7.0
y /= 2; y -= 0.5; y *= 3
print(y)
z = 0b1010
z &= 0b0110; z |= 0b1000; z ^= 0b0001; z <<= 3; z >>= 1
print(z, bin(z))
total = 0
for i in range(1, 101):
    total += i * i
total
