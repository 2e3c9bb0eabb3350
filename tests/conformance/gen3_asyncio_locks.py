# asyncio.Lock, Semaphore, BoundedSemaphore and Event between tasks
import asyncio

async def worker(name, lock, log):
    async with lock:
        log.append(f'{name} in')
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        log.append(f'{name} out')

async def limited(i, sem, active, peak):
    async with sem:
        active[0] += 1
        peak[0] = max(peak[0], active[0])
        await asyncio.sleep(0.1 * (i % 3))
        active[0] -= 1
    return i * i

async def waiter(name, ev, log):
    log.append(f'{name} waits')
    r = await ev.wait()
    log.append(f'{name} woke {r}')

async def main():
    lock = asyncio.Lock()
    log = []
    print(lock.locked())
    await asyncio.gather(worker('a', lock, log), worker('b', lock, log), worker('c', lock, log))
    print(log, lock.locked())
    print(await lock.acquire(), lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)

    sem = asyncio.Semaphore(2)
    active, peak = [0], [0]
    print(await asyncio.gather(*(limited(i, sem, active, peak) for i in range(6))), peak[0], sem.locked())

    b = asyncio.BoundedSemaphore(1)
    async with b:
        print('bounded held', b.locked())
    try:
        b.release()
    except ValueError as e:
        print('ValueError:', e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)

    ev = asyncio.Event()
    log = []
    tasks = [asyncio.create_task(waiter(n, ev, log)) for n in 'xy']
    await asyncio.sleep(0)
    print(ev.is_set(), log)
    ev.set()
    await asyncio.gather(*tasks)
    print(ev.is_set(), log, await ev.wait())
    ev.clear()
    print(ev.is_set())

asyncio.run(main())
