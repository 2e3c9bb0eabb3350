class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
print([[j for j in range(i)] for i in range(4)])
print([w for line in ["a b", "c"] for w in line.split()])
print(dict.fromkeys("abc", 0), {i: None for i in []})
g = (x for x in [1, 2, 3])
print(sum(g), sum(g))
[1 / x for x in [1, 0]]
