def pipeline():
    nums = (i for i in range(20))
    squares = (n * n for n in nums)
    odd = (s for s in squares if s % 2)
    return list(odd)
print(pipeline())
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def naturals():
    n = 1
    while True:
        yield n
        n += 1
print(list(take(5, naturals())))
gen = (x for x in range(3))
print(type(gen).__name__, iter(gen) is gen)
def inner():
    r = yield "i"
    return r
def outer():
    v = yield from inner()
    yield f"inner returned {v}"
o = outer()
next(o)
o.send(99)
