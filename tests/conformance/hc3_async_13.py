import asyncio
async def countdown(n):
    while n:
        yield n
        n -= 1
        await asyncio.sleep(0)
async def main():
    agen = countdown(3)
    print(await agen.__anext__(), await agen.__anext__())
    rest = [x async for x in agen]
    print(rest)
    pairs = await asyncio.gather(*(asyncio.sleep(0, result=i) for i in range(3)))
    print(pairs)
    print(asyncio.iscoroutinefunction(main), asyncio.iscoroutine(asyncio.sleep(0)))
asyncio.run(main())
