pairs = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        pairs.append((i, j))
print(pairs)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = v
            break
    else:
        continue
    break
print(found, row)
table = []
i = 0
while i < 3:
    j = 0
    while j < 3:
        table.append(i * j)
        j += 1
    i += 1
print(table)
