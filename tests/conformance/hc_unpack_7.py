def f(a, b, c):
    return a * 100 + b * 10 + c
args = [1, 2, 3]
print(f(*args), f(*args[:2], 9), f(c=1, *[2, 3]))
first, second, *_ = "abcdef"
print(first, second, _)
(a, b), (c, d) = zip("ab", "cd")
print(a, b, c, d)
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
d = {"k": (1, 2)}
((key, (v1, v2)),) = d.items()
key, v1, v2
