grid = ["#..", ".#.", "..#"]
diag = [(r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "#"]
print(diag)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
lst = [1, 2, 3, 4]
for x in lst[:]:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
result = []
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > 1:
            break
        result.append((i, j))
result
