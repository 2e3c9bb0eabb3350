x = 0
for i in range(1, 101):
    x += 1 / i
print(x)
print(sum(1 / i for i in range(1, 101)))
print(sum(i * i for i in range(1000)), sum(range(10 ** 6)))
print(10 ** 18 + 1, float(10 ** 18 + 1), int(float(10 ** 18 + 1)))
print(123456789 * 987654321, 999999999999 * 999999999999)
print(-2 ** 63, 2 ** 63 - 1, (2 ** 63) * 2, -(2 ** 63) - 1)
print((2 ** 62) + (2 ** 62), (-2) ** 63, 3 * (2 ** 62))
9223372036854775807 + 1
