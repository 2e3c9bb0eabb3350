def pairs():
    return [(1, 2), (3, 4)]
(a, b), (c, d) = pairs()
print(a, b, c, d)
first, *middle, last = range(10)
print(first, middle, last)
*a, = "xyz"
print(a)
[x, y], z = "ab", "c"
print(x, y, z)
for (i, j), k in [((1, 2), 3)]:
    print(i, j, k)
d = {"a": 1}
for key in d:
    key, = (key,)
print(key)
head, *tail = [1]
print(head, tail)
m, n = n, m = 1, 2
print(m, n)
