a, b, *rest = [1, 2, 3, 4, 5]
print(a, b, rest)
*init, last = "hello"
print(init, last)
first, *_, final = range(10)
print(first, final)
(x, y), z = (1, 2), 3
print(x, y, z)
a, b = b, a
print(a, b)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
[p, q] = "pq"
print(p, q)
h, *t = [1]
print(h, t)
