total = 0
i = 0
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 9:
        break
    total += i
print(total, i)
for i, ch in enumerate("abc"):
    pass
print(i, ch)
for k, v in sorted({"b": 2, "a": 1}.items()):
    print(k, v, end="; ")
print()
matrix = [[1, 2], [3, 4]]
for row in matrix:
    row.append(sum(row))
print(matrix)
