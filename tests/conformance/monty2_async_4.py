# gather with return_exceptions
import asyncio

async def maybe(i):
    await asyncio.sleep(0.001 * (3 - i))
    if i % 2:
        raise KeyError(i)
    return i

async def main():
    res = await asyncio.gather(*(maybe(i) for i in range(4)), return_exceptions=True)
    return [type(r).__name__ if isinstance(r, Exception) else r for r in res]

out = asyncio.run(main())
assert out == [0, "KeyError", 2, "KeyError"]
print(out)

async def main2():
    return await asyncio.gather(maybe(0), maybe(1))

asyncio.run(main2())
