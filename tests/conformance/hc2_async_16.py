# Event and Lock coordination
import asyncio
async def main():
    ev = asyncio.Event()
    lock = asyncio.Lock()
    log = []
    async def waiter(i):
        await ev.wait()
        async with lock:
            log.append(f"w{i}")
            await asyncio.sleep(0)
    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    log.append("set")
    ev.set()
    await asyncio.gather(*tasks)
    return log, lock.locked(), ev.is_set()
asyncio.run(main())
