print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3, 2 ** 3 ** 2, -2 ** 0.5 if False else 0, 10 - 3 - 2)
print(not True, not 0, not [], True and 5, 0 and 5, "" or "default", None or 0 or [] or "last")
print(1 < 2 and 2 < 3, 1 if 0 else 2, [] == [], [] is [], "a" in "abc", 3 not in [1, 2])
print(5 if 5 > 3 else 3, (lambda: 1 or 2)(), True + 1, 3 * True, "x" * False)
x = 5
print(0 < x <= 5, 0 < x < 5, x == 5 == 5.0, 1 < 3 > 2)
print(7 // 2 * 2 + 7 % 2, -7 // 2 * 2 + -7 % 2)
print(1 == 1.0 == True, "1" == 1, None == 0, [1] == (1,))
