# close() closes the delegate chain innermost first
def leaf():
    try:
        yield 'leaf'
    except GeneratorExit:
        print('leaf: GeneratorExit')
        raise
    finally:
        print('leaf: finally')
def middle():
    try:
        yield from leaf()
    finally:
        print('middle: finally')
def top():
    try:
        yield from middle()
    finally:
        print('top: finally')
g = top()
next(g)
print(g.close())
print(g.gi_suspended, g.gi_yieldfrom)

# an inner that returns on GeneratorExit: the outer is closed anyway
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print('inner returns')
        return 5
def outer():
    x = yield from returns_on_exit()
    print('never printed', x)
    yield 2
g = outer()
next(g)
print(g.close())

# close() gives the value a generator returns when it catches GeneratorExit
def catches():
    try:
        yield 1
    except GeneratorExit:
        return 'closed value'
g = catches()
next(g)
print(g.close())

# an inner that ignores GeneratorExit: the outer gets the RuntimeError at its yield from
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'ignored'
def outer_catches():
    try:
        yield from stubborn()
    except RuntimeError as e:
        print('outer caught:', e)
g = outer_catches()
next(g)
print(g.close())

# a delegate that is not a generator: its close() is called, if it has one
class Closable:
    def __iter__(self):
        return self
    def __next__(self):
        return 'c'
    def close(self):
        print('Closable.close')
def over_closable():
    try:
        yield from Closable()
    finally:
        print('over_closable finally')
g = over_closable()
next(g)
g.close()

# closing a generator that never started, or twice
def never():
    print('never runs')
    yield 1
g = never()
print(g.close(), g.close())

# a coroutine that ignores GeneratorExit, awaiting another
import asyncio
async def sleeper():
    await asyncio.sleep(0)
async def coro():
    try:
        await sleeper()
    except GeneratorExit:
        print('coro: GeneratorExit')
        await sleeper()
c = coro()
c.close()
print('closed coroutine before start')
c = coro()
c.send(None)
print(c.cr_await.__qualname__, c.cr_suspended)
try:
    c.close()
except RuntimeError as e:
    print(e)
g = outer_catches()
next(g)
g.close()
stubborn_gen = stubborn()
next(stubborn_gen)
stubborn_gen.close()
