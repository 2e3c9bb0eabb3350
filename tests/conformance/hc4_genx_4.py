def gen():
    yield 1
    yield 2
g = gen()
print(g.gi_running, g.gi_suspended, g.gi_yieldfrom)
next(g)
print(g.gi_suspended)
list(g)
print(g.gi_suspended)
def outer():
    yield from inner()
def inner():
    yield "in"
o = outer()
next(o)
print(type(o.gi_yieldfrom).__name__, o.__name__, type(o).__name__)
g2 = gen()
g2.throw(ValueError("before start"))
