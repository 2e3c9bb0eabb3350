# === generator expressions scoping ===
x = 10
g = (x + i for i in range(3))
x = 20
assert list(g) == [20, 21, 22], 'late lookup of x'
y = [1, 2]
g2 = (v for v in y)
y = [9]
assert list(g2) == [1, 2], 'first iterable evaluated early'
try:
    gen = (1 / 0 for _ in range(2))
    print('created')
    next(gen)
except ZeroDivisionError:
    print('raised on next')
gg = (z for z in 5)
