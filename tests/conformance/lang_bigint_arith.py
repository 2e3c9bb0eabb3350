a = 2 ** 64
print(a, a - 1, a + 1)
b = 9223372036854775807
print(b + 1, b * 2, -b - 2)
print(a * a)
print(a // 3, a % 7)
print(-a // 7, -a % 7)
print(10 ** 30 // 10 ** 15)
print(2 ** 200 - 2 ** 199 == 2 ** 199)
c = 1
for i in range(1, 31):
    c *= i
print(c)
print(c.bit_length(), len(str(c)))
print((1 << 100) >> 98, -(1 << 70) >> 68)
print(a & (a - 1), a | 1, a ^ (a + 3))
c % 1000003
