matrix = [[1, 2, 3], [4, 0, 6]]
for row in matrix:
    for cell in row:
        print(12 // cell, end=" ")
    print()
