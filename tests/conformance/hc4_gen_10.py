def gen():
    x = yield
    yield x * 2

g = gen()
g.send(5)
