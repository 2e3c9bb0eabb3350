import asyncio

async def work(n):
    await asyncio.sleep(0.01 * n)
    return n * 10

async def main():
    t1 = asyncio.ensure_future(work(2))
    t2 = asyncio.create_task(work(1))
    same = asyncio.ensure_future(t2)
    print(same is t2, type(t1).__name__)
    print(await t1, await same)
    print(await asyncio.gather(*(asyncio.ensure_future(work(i)) for i in range(3))))
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print(e)

asyncio.run(main())
