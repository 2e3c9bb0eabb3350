from itertools import tee, islice, count
a, b = tee(range(1000))
print(sum(a), next(b), sum(b))
x, y, z = tee(iter(range(200)), 3)
print(list(islice(x, 56, 60)), list(islice(y, 114, 116)), len(list(z)), list(x)[-1], next(y), list(y)[-1])
def pairs(it):
    p, q = tee(it)
    next(q, None)
    return zip(p, q)
print(sum(a * b for a, b in pairs(range(100000))))
u, v = tee(count())
for _ in range(500):
    next(u); next(v)
print(next(u), next(v))
