# tuple packing in returns and swaps
def stats(xs):
    n = len(xs)
    mean = sum(xs) / n
    var = sum((x - mean) ** 2 for x in xs) / n
    return n, mean, var
n, m, v = stats([2, 4, 4, 4, 5, 5, 7, 9])
print(n, m, v)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
r = stats([1, 2])
r
