def g():
    yield 1
    raise ValueError("inside generator")
for v in g():
    print(v)
