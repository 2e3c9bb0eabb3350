# f-string in loops building output lines
matrix = [[1, 20, 300], [4000, 5, 60], [7, 800, 9]]
width = max(len(str(x)) for row in matrix for x in row)
for row in matrix:
    print(" ".join(f"{x:>{width}}" for x in row))
print(f"{'sum':>{width}}", sum(map(sum, matrix)))
lines = [f"{i:2d}: {'#' * n}" for i, n in enumerate([3, 1, 4], 1)]
lines
