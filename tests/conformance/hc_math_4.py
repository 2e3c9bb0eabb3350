import math
def quadratic(a, b, c):
    d = b * b - 4 * a * c
    if d < 0:
        return ()
    r = math.sqrt(d)
    return tuple(sorted({(-b - r) / (2 * a), (-b + r) / (2 * a)}))
print(quadratic(1, -3, 2), quadratic(1, 2, 1), quadratic(1, 0, 1))
def mean_std(xs):
    m = sum(xs) / len(xs)
    return m, math.sqrt(sum((x - m) ** 2 for x in xs) / (len(xs) - 1))
print(mean_std([2, 4, 4, 4, 5, 5, 7, 9]))
print(math.floor(7 / 2), math.ceil(7 / 2), round(7 / 2), int(7 / 2), 7 // 2)
print(f"{math.pi:.5f}", f"{math.sqrt(2):.12f}", math.sqrt(1e-300))
math.log(-1)
