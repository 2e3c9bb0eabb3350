# generator.send() run in the VM's own loop: first steps, returns, errors, delegation,
# re-entry, exceptions being handled, and nesting.
import sys


def echo():
    got = yield "ready"
    while got is not None:
        got = yield got * 2
    return "done"


g = echo()
try:
    g.send(5)
except TypeError as e:
    print("fresh:", e)
print(g.send(None), g.send(3), g.send("ab"))
try:
    g.send(None)
except StopIteration as e:
    print("returned:", repr(e.value), e.args)
try:
    g.send(1)
except StopIteration as e:
    print("again:", e.args)


def plain():
    yield 1


p = plain()
print(next(p))
try:
    p.send(7)
except StopIteration as e:
    print("no value:", e.args, e.value)


def inner():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v


def outer():
    result = yield from inner()
    yield ("inner gave", result)


o = outer()
print(next(o), o.send(4), o.send(6), o.send(None))


def selfish():
    me = yield
    yield me.send(1)


s = selfish()
next(s)
try:
    s.send(s)
except ValueError as e:
    print("running:", e)


def context():
    v = yield
    try:
        raise KeyError(v)
    except KeyError:
        yield sys.exception()
    raise ValueError("inside")


c = context()
next(c)
try:
    raise IndexError("outer")
except IndexError:
    print("handling in gen:", repr(c.send("k")))
    try:
        c.send(None)
    except ValueError as e:
        print("context:", repr(e.__context__))


def relay(depth):
    if depth == 0:
        v = yield
        while True:
            v = yield v + 1
    sub = relay(depth - 1)
    next(sub)
    v = yield
    while True:
        v = yield sub.send(v) * 2


r = relay(150)
next(r)
print(r.send(1) % 1000003, r.send(2) % 1000003)


def stop_inside():
    yield
    raise StopIteration("leak")


si = stop_inside()
next(si)
try:
    si.send(None)
except RuntimeError as e:
    print(e, repr(e.__cause__))


def failing():
    x = yield
    yield 10 // x


fg = failing()
next(fg)
print(fg.send(0))
