print(2 + 3 * 4 ** 2 // 5 % 3 - 1, (2 + 3) * 4, -2 ** 2, (-2) ** 2, 2 ** -1, not 1 + 1 == 3)
print(1 | 2 ^ 3 & 4, 1 << 2 + 3, 8 >> 1 >> 1, ~0 + 1, -~5, ~-5)
print(True or False and False, (True or False) and False, not True == False, not (True == False))
print(1 < 2 == 2 > 1, 1 == 1 in [1], (1 == 1) in [True], 3 > 2 > 1 > 0, 1 < 3 < 2)
print("a" + "b" * 2, ("a" + "b") * 2, [1] + [2] * 2, 10 - 2 - 3, 2 ** 2 ** 3, 100 / 10 / 2)
x = 5
print(x if x > 3 else -x if x < 0 else 0, (lambda: x)() + 1, [x] * x)
a = b = c = []
a.append(1)
print(a, b, c, a is b is c)
i, j = 0, 1
i, j = j, i + j
print(i, j)
lst = [0, 0, 0]
k = 0
k, lst[k] = 1, 9
print(k, lst)
