def f(n):
    if n <= 1:
        return [n]
    return f(n - 1) + [n]
print(f(5))
x = [[1, 2], [3]]
y = [row[:] for row in x]
y[0].append(9)
print(x, y)
z = [*x[0], *x[1]]
print(z, [*"ab", *{1: 2}], {**{"a": 1}, **dict(b=2)}, (*range(2),))
a, *b, c = range(5)
print(a, b, c)
[a, b], c = "xy", 3
print(a, b, c)
for (i, j), k in [((1, 2), 3)]:
    print(i, j, k)
