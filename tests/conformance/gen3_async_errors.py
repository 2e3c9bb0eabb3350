# error paths of async generators, async with and async comprehensions
import asyncio

class AsyncOnly:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *exc):
        return False

try:
    with AsyncOnly():
        pass
except TypeError as e:
    print(e)

class Half:
    def __enter__(self):
        return self

try:
    with Half():
        pass
except TypeError as e:
    print(e)

async def stop_iteration_inside():
    yield 1
    raise StopIteration('inner')

async def gen_with_finally():
    try:
        yield 'first'
        yield 'second'
    finally:
        print('cleanup ran')

async def gen_raises_in_finally():
    try:
        yield 1
    finally:
        raise ValueError('from finally')

async def main():
    g = stop_iteration_inside()
    print(await g.__anext__())
    try:
        await g.__anext__()
    except RuntimeError as e:
        print('RuntimeError:', e, '| cause:', type(e.__cause__).__name__)
    async for v in gen_with_finally():
        print(v)
        break
    g = gen_with_finally()
    await g.__anext__()
    await g.aclose()
    print(await g.aclose())
    g = gen_raises_in_finally()
    await g.__anext__()
    try:
        await g.aclose()
    except ValueError as e:
        print('aclose raised', e)
    g = gen_with_finally()
    await g.__anext__()
    try:
        await g.athrow(KeyError('thrown'))
    except KeyError as e:
        print('athrow came back', e)
    try:
        [x async for x in 5]
    except TypeError as e:
        print(e)
    try:
        await 3
    except TypeError as e:
        print(e)
    print([x async for x in gen_with_finally()])

asyncio.run(main())

async def comp_fails():
    async def agen():
        yield 1
        raise LookupError('in comprehension')
    return [x async for x in agen()]

asyncio.run(comp_fails())
