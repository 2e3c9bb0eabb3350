def gen():
    yield 1
    yield 2 / 0

for v in gen():
    print(v)
