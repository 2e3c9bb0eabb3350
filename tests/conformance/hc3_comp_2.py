x = 10
lst = [x for x in range(3)]
print(x, lst)
print([i * j for i in range(1, 4) for j in range(i, 4)])
print({(i, j) for i in range(2) for j in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print(sorted({i % 5: i for i in range(12)}.items()))
m = [[0] * 3 for _ in range(2)]
m[0][0] = 1
print(m)
bad = [[0] * 3] * 2
bad[0][0] = 1
print(bad)
[undefined_var for _ in range(1)]
