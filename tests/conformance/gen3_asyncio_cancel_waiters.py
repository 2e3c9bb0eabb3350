# a task cancelled while it waits on a Lock, Semaphore or Queue gives up its turn
import asyncio

async def holder(lock, log):
    async with lock:
        log.append('holder in')
        await asyncio.sleep(0.2)
    log.append('holder out')

async def waiter(lock, name, log):
    try:
        async with lock:
            log.append(f'{name} in')
    except asyncio.CancelledError:
        log.append(f'{name} cancelled')
        raise

async def getter(q, name, log):
    try:
        log.append((name, await q.get()))
    except asyncio.CancelledError:
        log.append(f'{name} cancelled')

async def main():
    for lock in (asyncio.Lock(), asyncio.Semaphore(1)):
        log = []
        h = asyncio.create_task(holder(lock, log))
        await asyncio.sleep(0)
        w1 = asyncio.create_task(waiter(lock, 'w1', log))
        w2 = asyncio.create_task(waiter(lock, 'w2', log))
        await asyncio.sleep(0.1)
        w1.cancel()
        await asyncio.gather(h, w2, w1, return_exceptions=True)
        print(log, lock.locked())

    q = asyncio.Queue()
    log = []
    g1 = asyncio.create_task(getter(q, 'g1', log))
    g2 = asyncio.create_task(getter(q, 'g2', log))
    await asyncio.sleep(0)
    g1.cancel()
    await asyncio.sleep(0)
    q.put_nowait('item')
    await asyncio.gather(g1, g2)
    print(log, q.qsize())

asyncio.run(main())
