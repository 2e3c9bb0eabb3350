import asyncio

async def task(i, lock, shared):
    async with lock:
        v = shared["n"]
        await asyncio.sleep(0)
        shared["n"] = v + i

async def main():
    lock = asyncio.Lock()
    shared = {"n": 0}
    await asyncio.gather(*(task(i, lock, shared) for i in range(5)))
    sem = asyncio.Semaphore(2)
    async with sem:
        print("in semaphore", sem.locked())
    ev = asyncio.Event()
    ev.set()
    await ev.wait()
    return shared["n"], ev.is_set()

print(asyncio.run(main()))
