# async comprehensions, await inside comprehensions, async generator expressions
import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def double(x):
    await asyncio.sleep(0)
    return x * 2

async def main():
    print([x async for x in agen(4)])
    print({x % 2 async for x in agen(5)})
    print({x: x * x async for x in agen(3)})
    print([x async for x in agen(6) if x % 2 if x > 1])
    print([(x, y) async for x in agen(2) for y in range(2)])
    print([(x, y) for x in range(2) async for y in agen(2)])
    print([await double(x) for x in range(3)])
    print([await double(x) async for x in agen(3)])
    ag = (x * 10 async for x in agen(3))
    print(type(ag).__name__)
    print([y async for y in ag])
    ag2 = (await double(x) for x in range(2))
    print(type(ag2).__name__, [v async for v in ag2])
    total = 0
    async for v in (x async for x in agen(5)):
        total += v
    print(total)

asyncio.run(main())
