# generator expressions capture first iterable eagerly
xs = [1, 2, 3]
g = (x * 2 for x in xs)
xs = [10]
print(list(g))
try:
    g2 = (x for x in 5)
except TypeError as e:
    print(e)
ys = [1]
g3 = (a + b for a in ys for b in undefined_later)
undefined_later = [100]
print(list(g3))
g4 = (a for a in undefined_now)
