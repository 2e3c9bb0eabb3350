def count():
    n = 0
    while True:
        n += 1
        yield n
c = count()
for x in c:
    if x > 3:
        break
print(x, next(c), list(zip(c, "ab")), next(c))
def firstn(it, n):
    return [v for _, v in zip(range(n), it)]
print(firstn(count(), 3), firstn(iter([]), 5))
print(list(map(lambda t: t[0] * t[1], zip(range(3), count()))))
