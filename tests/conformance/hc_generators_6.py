def gen():
    try:
        yield 1
    except KeyError as e:
        print("caught in gen", repr(e))
        yield "recovered"
g = gen()
next(g)
print(g.throw(KeyError("k")))
def running():
    yield next(r)
r = running()
try:
    next(r)
except ValueError as e:
    print(type(e).__name__, e)
def empty():
    return
    yield
print(list(empty()))
