def gen(xs):
    for x in xs:
        yield 10 / x
total = 0
for v in gen([1, 2, 0]):
    total += v
