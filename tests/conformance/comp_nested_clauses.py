matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([v for row in matrix for v in row])
print([v for row in matrix if row[0] > 1 for v in row if v % 2])
print([[row[i] for row in matrix] for i in range(3)])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print([x for x in range(3) for x in range(x, 3)])
flat = [ch for word in ["ab", "cd"] for ch in word for _ in range(2)]
flat
