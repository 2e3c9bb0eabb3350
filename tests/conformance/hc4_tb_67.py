def gen():
    yield 1
    raise ValueError("generator broke")

g = gen()
print(next(g))
print(next(g))
