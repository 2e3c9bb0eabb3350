pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*pairs)
print(nums, names)
for n, name in pairs:
    if n == 2:
        break
print(n, name)
matrix = [[1, 2], [3, 4]]
[[a, b], [c, d]] = matrix
print(a + d, b + c)
x = y = 0
x, y = y + 1, x + 2
print(x, y)
items = {"k1": [1, 2], "k2": [3, 4]}
[(k, s) for k, (s, _) in items.items()]
