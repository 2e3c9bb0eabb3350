# anext() and aiter() on async generators, with and without a default
import asyncio
async def count(n):
    for i in range(n):
        yield i
async def main():
    g = count(2)
    it = aiter(g)
    print(it is g, type(it).__name__)
    print(await anext(g), await anext(g), await anext(g, "done"), await anext(g, None))
    h = count(1)
    print(await anext(h, 'x'), await anext(h, 'y'))
    try:
        await anext(count(0))
    except StopAsyncIteration as e:
        print("stop", type(e).__name__, e.args)
    return "ok"
asyncio.run(main())
