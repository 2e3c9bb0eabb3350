x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7
print(x)
y = 7.0
y /= 2; y -= 0.5
print(y)
z = 0b1010
z &= 0b0110; z |= 0b1000; z ^= 0b0001; z <<= 2; z >>= 1
print(z, bin(z))
s = "ab"; s *= 3; s += "!"
print(s)
l = [1]; l += [2]; l *= 2; l += (3,)
print(l)
t = (1,); t += (2,); print(t)
