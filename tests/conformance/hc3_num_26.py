a = [1.5, 2.25, -0.125]
print([x.as_integer_ratio() for x in a])
print([float.is_integer(x) for x in [1.0, 1.5]])
print(int(2.5e9), 2_500_000_000 == 2.5e9, 1e9 == 10 ** 9)
print(3 * 1.1, 1.1 * 3, 1.1 + 1.1 + 1.1)
print(round(2.5e-5, 5), round(123.456, 1), round(-123.456, -1))
print(7 / 3 * 3, 7 // 3 * 3 + 7 % 3, 2 ** 0.5 * 2 ** 0.5)
print(float("0.1") * 10, 1e-7, 1e-4, 0.0001, 0.00001)
