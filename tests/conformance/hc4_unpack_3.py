pairs = [(1, "one"), (2, "two"), (3, "three")]
for n, (first, *rest) in pairs:
    print(n, first, rest)
nums, words = zip(*pairs)
print(nums, words)
a, b = b, a = 1, 2
print(a, b)
x = y = z = []
x.append(1)
print(y, z is x)
i, j, *k = 1, 2
print(i, j, k)
(p, q), r = "ab", "c"
print(p, q, r)
for a, b in [(1, 2, 3)]:
    pass
