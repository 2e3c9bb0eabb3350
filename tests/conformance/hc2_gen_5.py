# yield from delegation and return values
def inner():
    x = yield 1
    y = yield x * 10
    return x + y
def outer():
    r = yield from inner()
    yield f"inner returned {r}"
    yield from range(2)
g = outer()
print(next(g), g.send(2), g.send(3), list(g))
def flatten(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
list(flatten([1, [2, [3, [4]], 5], [[6]]]))
