import asyncio

log = []

async def worker(name, n):
    for i in range(n):
        s = await score(name * (i + 1))
        log.append((name, s))
        await asyncio.sleep(0)
    return name.upper()

async def main():
    t1 = asyncio.create_task(worker("a", 3))
    t2 = asyncio.create_task(worker("bb", 2))
    print(await t1, await t2)
    print(log)
    print(t1.done(), t1.result())
    r = await asyncio.gather(worker("c", 1), asyncio.sleep(0, result="slept"))
    print(r)

asyncio.run(main())
