# gather of gathers and nested awaits
import asyncio

async def leaf(x):
    await asyncio.sleep(0)
    return x + 1

async def branch(xs):
    return sum(await asyncio.gather(*[leaf(x) for x in xs]))

async def main():
    return await asyncio.gather(branch([1, 2]), branch([]), branch([10]))

r = asyncio.run(main())
assert r == [5, 0, 11]
print(r)
