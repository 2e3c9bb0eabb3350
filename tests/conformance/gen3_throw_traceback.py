# an exception thrown through a yield from chain carries every frame in its traceback
def inner():
    yield 1

def middle():
    yield from inner()

def outer():
    x = yield from middle()
    return x

g = outer()
next(g)
g.throw(ValueError('thrown'))
