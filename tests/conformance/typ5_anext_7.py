# anext() with a default on an iterator whose __anext__ awaits, and one that fails
import asyncio
class Slow:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        await asyncio.sleep(0)
        self.i += 1
        if self.i > 2:
            raise StopAsyncIteration
        return self.i * 10
class Bad:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise KeyError("bad")
async def main():
    s = Slow()
    print([await anext(s, -1) for _ in range(4)])
    async def first(it, *default):
        return await anext(it, *default)
    print(await asyncio.gather(first(Slow(), 0), first(Slow())))
    await anext(Bad(), None)
asyncio.run(main())
