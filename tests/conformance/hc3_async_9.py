import asyncio
async def compute(x):
    await asyncio.sleep(0)
    return x * 2
async def main():
    tasks = [asyncio.create_task(compute(i)) for i in range(4)]
    done = [await t for t in tasks]
    print(done)
    print(await compute(await compute(1)))
    coro = compute(5)
    print(type(coro).__name__)
    print(await coro)
asyncio.run(main())
