a = [1, 2, 3]
b = [1, 2, 3]
print(a == b, a is b, a != b, not a is b)
print(1 in a, [1] in [[1]], (1, 2) in {(1, 2): 0}, "ab" in ["ab"], None in [])
print(3 and [] or "x", (0 or None) is None, [] or {} or ())
print(2 < 3 == 3 > 1, (2 < 3) == (3 > 1), 1 < 2 < 0)
x = 10
x //= 3; x **= 2; x -= 1; x %= 5
print(x)
print(-5 // 2, -(5 // 2), int(-5 / 2), round(-5 / 2))
print(0.5 == 1/2, 1/2 == 2/4, 2**-1)
