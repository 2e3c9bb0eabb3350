# nested comprehensions with conditions
print([(i, j) for i in range(4) if i % 2 for j in range(i) if j != 1])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print({c: [w for w in ["apple", "avo", "bee"] if w[0] == c] for c in "abz"})
print([x if x > 0 else -x for x in [-2, 1, -3]], [x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print(sum(x * y for x in range(3) for y in range(3)), any(c.isdigit() for c in "ab3"))
[y for x in [[1, 2], [3]] for y in x]
