# anext() with a default on a class-based async iterator
import asyncio
class Two:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > 2:
            raise StopAsyncIteration
        return self.i
async def main():
    t = Two()
    print(await anext(t, "end"), await anext(t, "end"), await anext(t, "end"))
    aw = anext(t, 0)
    print(type(aw).__name__)
    return await aw
asyncio.run(main())
