def gen(n):
    yield n
    yield from gen(n + 1)
for i, v in enumerate(gen(0)):
    if i > 5000:
        break
