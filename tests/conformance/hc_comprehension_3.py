x = "outer"
res = [x for x in range(3)]
print(res, x)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
print([[row[i] for row in matrix] for i in range(3)])
flat = [v for row in matrix for v in row if v % 2]
print(flat)
print([n for n in range(2, 30) if all(n % d for d in range(2, n))])
gen = (i * 2 for i in range(4))
print(next(gen), list(gen), list(gen))
