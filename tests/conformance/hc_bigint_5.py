print(2 ** 1000 % 10007, len(str(3 ** 500)))
n = 1
for i in range(1, 31):
    n *= i
assert n == 265252859812191058636308480000000
print(n.bit_length())
print((-7) ** 21, (-(10 ** 20)) // 3, (10 ** 20) % -3)
print(int("9" * 30) + 1)
print(round(123456789012345678901, -5))
float(10 ** 400)
