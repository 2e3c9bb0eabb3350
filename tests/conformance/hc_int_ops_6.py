n = 12345
digits = []
while n:
    n, d = divmod(n, 10)
    digits.append(d)
print(digits[::-1])
print(str(-0), str(+5), -(-5), +(-5))
print(max(3, 7, 1), min([4, 2, 8]), max([], default=None), min((), default=-1))
print(max("apple", "fig", key=len), min([3, -4, 2], key=abs))
print(10 / 4, 10 // 4, -10 / 4, -10 // 4, 10 % 4.5)
