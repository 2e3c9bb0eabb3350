def g():
    try:
        yield 1
    except GeneratorExit:
        return "closing value"

gen = g()
next(gen)
print(gen.close())
def h():
    yield 1
hh = h()
print(hh.close())
def selfref():
    yield next(me)
me = selfref()
try:
    next(me)
except ValueError as e:
    print(e)
def pair():
    x = yield 1, 2
    print("got", x)
    yield x
p = pair()
print(next(p), p.send(("a", "b")))
