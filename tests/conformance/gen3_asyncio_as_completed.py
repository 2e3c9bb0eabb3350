# asyncio.as_completed and asyncio.timeout
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    if name == 'bad':
        raise ValueError('bad job')
    return name

async def main():
    order = []
    for f in asyncio.as_completed([job('c', 0.3), job('a', 0.1), job('b', 0.2)]):
        order.append(await f)
    print(order)
    got = []
    for f in asyncio.as_completed([job('x', 0.2), job('bad', 0.1)]):
        try:
            got.append(await f)
        except ValueError as e:
            got.append(f'error: {e}')
    print(got)
    tasks = [asyncio.create_task(job(n, d)) for n, d in (('late', 0.2), ('soon', 0.1))]
    async for t in asyncio.as_completed(tasks):
        print(t is tasks[1] or t is tasks[0], t.result())
    print(list(asyncio.as_completed([])))

    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.5)
    print('in time', cm.expired())
    try:
        async with asyncio.timeout(0.5) as cm:
            await asyncio.sleep(1)
            print('not reached')
    except TimeoutError as e:
        print('TimeoutError', cm.expired(), type(e.__cause__).__name__)
    async with asyncio.timeout(None):
        await asyncio.sleep(0.1)
    try:
        async with asyncio.timeout(0.1):
            await job('slow', 5)
    except TimeoutError:
        print('timed out a nested await')

asyncio.run(main())
