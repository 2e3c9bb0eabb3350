from itertools import tee, count, islice
a, b = tee([1, 2, 3])
print(next(a), next(a), list(b), list(a))
x, y, z = tee(iter("abc"), 3)
print(list(x), list(y), list(z))
print(tee([1], 0))
p, q = tee(count())
print(list(islice(p, 3)), list(islice(q, 5)), next(p))
print(type(p).__name__)
try:
    tee([1], -1)
except ValueError as e:
    print("ValueError", e)
def gen():
    yield 1
    raise ValueError("gen broke")
m, n = tee(gen())
print(next(m))
try:
    next(n); next(n)
except ValueError as e:
    print("ValueError", e)
