# asyncio.Queue: producers and consumers, bounded put, task_done/join, errors
import asyncio

async def producer(q, items):
    for it in items:
        await q.put(it)
        print('put', it, q.qsize())
    await q.put(None)

async def consumer(name, q, out):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        await asyncio.sleep(0.01)
        out.append((name, item))
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), str(q), repr(q).startswith('<Queue at 0x'))
    out = []
    await asyncio.gather(producer(q, [1, 2, 3, 4]), consumer('c', q, out))
    print(out, q.empty())

    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    print(str(q), q.qsize())
    async def worker(n):
        while True:
            try:
                item = q.get_nowait()
            except asyncio.QueueEmpty:
                return
            await asyncio.sleep(0.1 * n)
            print('worker', n, 'item', item)
            q.task_done()
    ws = [asyncio.create_task(worker(n)) for n in (1, 2)]
    await q.join()
    print('joined')
    await asyncio.gather(*ws)
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)
    full = asyncio.Queue(1)
    full.put_nowait('x')
    try:
        full.put_nowait('y')
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e))
    print(await full.get(), full.empty())
    waiting = asyncio.create_task(full.get())
    await asyncio.sleep(0)
    full.put_nowait('handed')
    print(await waiting)

asyncio.run(main())
