matrix = [[1, 2, 3], [4, 5]]
for row in matrix:
    print(row[0] + row[1] * row[2])
