def inner():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def outer():
    result = yield from inner()
    print("inner finished with", result)
    yield "outer done"
g = outer()
print(next(g))
print(g.send(3))
print(g.send(4))
print(g.send(None))
print(next(g, "exhausted"))
