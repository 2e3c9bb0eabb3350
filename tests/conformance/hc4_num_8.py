a = 10
a += 5; a -= 3; a *= 2; a //= 5; a **= 3; a %= 7; a <<= 4; a >>= 1; a |= 1; a &= 0xff; a ^= 0b1010
print(a)
f = 7.0
f /= 2; f //= 1; f -= 0.5
print(f)
s = "ab"; s *= 3; s += "!"
print(s)
t = (1,); t += (2,); t *= 2
print(t)
n = None
n += 1
