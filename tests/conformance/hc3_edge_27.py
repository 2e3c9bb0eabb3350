def gen():
    x = yield
    while True:
        x = yield x * 2
g = gen()
print(g.send(None), g.send(3), g.send(10))
def g2():
    yield 1
    return 5
it = g2()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value", e.value, e.args)
g = gen()
g.send(1)
