# big integers
a = 2 ** 200
b = 3 ** 150
print(a)
print(b)
print(a * b)
print(a // b, a % b)
print(-a // 7, -a % 7)
print(a.bit_length(), b.bit_length())
print(len(str(10 ** 100)), str(10 ** 100)[:5])
print((a + 1) * (a - 1) == a * a - 1)
f = 1
for i in range(1, 31):
    f *= i
print(f)
f
