# async generators and async comprehensions
import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i

async def main():
    squares = [x async for x in agen(5)]
    evens = [x async for x in agen(6) if x % 2 == 0]
    total = 0
    async for v in agen(4):
        total += v
    return squares, evens, total

s, e, t = asyncio.run(main())
assert s == [0, 1, 4, 9, 16]
assert e == [0, 4, 16]
assert t == 14
print(s, e, t)
