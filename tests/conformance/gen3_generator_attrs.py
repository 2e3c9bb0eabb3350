# generator, coroutine and async generator attributes, across their states
import asyncio

def gen():
    yield 1
    return 2

def outer():
    yield from gen()

g = gen()
print(g.__name__, g.__qualname__, g.gi_running, g.gi_suspended, g.gi_yieldfrom)
next(g)
print(g.gi_suspended)
o = outer()
next(o)
print(o.gi_yieldfrom.__name__, o.gi_yieldfrom.gi_suspended)
for name in ('gi_await', 'cr_running', 'ag_running'):
    try:
        getattr(g, name)
    except AttributeError as e:
        print(e)

async def coro():
    await asyncio.sleep(0)

c = coro()
print(c.__name__, c.cr_running, c.cr_suspended, c.cr_await)
try:
    c.cr_yieldfrom
except AttributeError as e:
    print(e)
c.close()

async def agen():
    yield 1

a = agen()
print(a.__name__, a.__qualname__, a.ag_running, a.ag_await, type(a).__name__)
print(hash(g) == hash(g), len({g, o, c, a}))
