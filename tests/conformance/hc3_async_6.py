import asyncio
async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
async def main():
    vals = [v async for v in ticker(4)]
    print(vals)
    total = 0
    async for v in ticker(3):
        total += v
    print(total)
    task = asyncio.create_task(asyncio.sleep(0, result="slept"))
    print(await task)
asyncio.run(main())
