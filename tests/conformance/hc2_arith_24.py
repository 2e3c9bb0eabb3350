# operator precedence
print(2 + 3 * 4 ** 2, -2 ** 2, (-2) ** 2, 2 ** 3 ** 2, 10 - 4 - 3, 100 / 10 / 5)
print(not 1 == 2, 1 + 2 == 3 and 4 > 3, 5 & 3 | 4, 1 << 2 + 1, -3 % 5 * 2)
print(8 // 3 * 3 + 8 % 3, 2 * -3, 3 - -3, ~-1, not not 0)
print(1 if 0 else 2 if 0 else 3)
x = 5
0 < x <= 5 != 6
