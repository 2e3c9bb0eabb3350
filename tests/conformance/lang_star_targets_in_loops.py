rows = [(1, 2, 3), (4, 5), (6,)]
for first, *rest in rows:
    print(first, rest)
for *init, last in ["abc", "de"]:
    print(init, last)
data = [("a", (1, 2)), ("b", (3, 4))]
for name, (x, y) in data:
    print(name, x + y)
pairs = {"k1": [1, 2, 3], "k2": [4]}
for key, (head, *tail) in pairs.items():
    print(key, head, tail)
[a, *b], c = "xyz", 0
print(a, b, c)
