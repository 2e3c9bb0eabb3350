first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
(a, b), c = (1, 2), 3
print(a, b, c)
head, *_ = [9]
print(head, _)
x, = [42]
print(x)
merged = [*range(3), *"ab", *{"k": 1}]
print(merged)
d = {**{"a": 1, "b": 2}, "b": 3, **dict(c=4)}
print(d)
s = {*[1, 2], *(2, 3)}
print(s, (*range(2), 5))
a, b, c = [1, 2]
