def pascal(n):
    rows = [[1]]
    for _ in range(n - 1):
        prev = rows[-1]
        rows.append([1] + [a + b for a, b in zip(prev, prev[1:])] + [1])
    return rows
for row in pascal(6):
    print(" ".join(map(str, row)).center(20))
print(sum(pascal(20)[-1]), 2 ** 19)
