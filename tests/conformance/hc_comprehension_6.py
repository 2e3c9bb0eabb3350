pts = [(x, y) for x in range(3) for y in range(3) if x != y if x + y < 4]
print(pts)
print({(x, y): x * y for x, y in pts if x})
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i, row in enumerate(matrix)], [matrix[i][-1 - i] for i in range(3)])
print([sum(col) for col in zip(*matrix)], sum(sum(r) for r in matrix))
print(sorted({c for w in ["hello", "world"] for c in w}))
print([i for i in range(20) if i % 3 == 0 if i % 2 == 0])
print([(lambda v: v * v)(v) for v in range(4)])
funcs = [lambda: k for k in range(3)]
print([f() for f in funcs])
print({k: [v for v in range(k)] for k in range(4)})
print(list({x: None for x in "banana"}))
