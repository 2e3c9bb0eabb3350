(a, b), c = (1, 2), 3
print(a, b, c)
[x, [y, z]] = [10, [20, 30]]
print(x, y, z)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
h, *mid, t = range(6)
print(h, mid, t)
a, *b, c = 1, 2
print(a, b, c)
(m, *n), o = "xyz", 9
print(m, n, o)
a, b = b, a
a, b
