# star unpacking
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
[x, y] = [10, 20]
(p, q), r = "ab", "c"
print(x, y, p, q, r)
head, *_ = [9]
print(head, _)
a, b = 1, 2, 3
