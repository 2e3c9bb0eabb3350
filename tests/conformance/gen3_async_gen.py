# async generators: async for, anext, asend, athrow, aclose, finally on close
import asyncio

async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print('ticker finally')

async def echo():
    got = None
    while True:
        try:
            got = yield got
        except KeyError as e:
            got = f'caught {e!r}'
        if got == 'stop':
            return

async def main():
    async for t in ticker(3):
        print('tick', t)
    g = ticker(5)
    print(await g.__anext__(), await g.__anext__())
    print(await g.aclose())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('StopAsyncIteration after aclose')
    e = echo()
    print(await e.asend(None))
    print(await e.asend('hello'))
    print(await e.athrow(KeyError('k')))
    try:
        await e.asend('stop')
    except StopAsyncIteration as x:
        print('stopped', repr(x))
    print(type(e).__name__, e.__name__, e.__qualname__, e.ag_running)
    g = ticker(2)
    print(g.ag_suspended, g.ag_await)
    aw = g.__anext__()
    print(await aw)
    try:
        await aw
    except RuntimeError as x:
        print(x)
    await g.aclose()

asyncio.run(main())

async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2

async def bad_stop():
    yield 1
    raise StopAsyncIteration

async def errors():
    g = ignores_exit()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as x:
        print('RuntimeError:', x)
    b = bad_stop()
    await b.__anext__()
    try:
        await b.__anext__()
    except RuntimeError as x:
        print('RuntimeError:', x)
    t = ticker(3)
    try:
        await t.athrow(ValueError('into a fresh one'))
    except ValueError as x:
        print('ValueError:', x)
    try:
        await t.__anext__()
    except StopAsyncIteration:
        print('fresh generator closed by athrow')
    s = echo()
    try:
        await s.asend(1)
    except TypeError as x:
        print('TypeError:', x)

asyncio.run(errors())

async def fails_inside():
    yield 1
    raise KeyError('from the generator')

async def last():
    async for v in fails_inside():
        print('got', v)

asyncio.run(last())
