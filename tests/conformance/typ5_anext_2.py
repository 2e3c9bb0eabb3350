# anext() on a class-based async iterator, and aiter() of an async iterable class
import asyncio
class Counter:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
class Wrap:
    def __aiter__(self):
        return Counter(2)
async def main():
    c = Counter(2)
    print(aiter(c) is c, type(aiter(Wrap())).__name__)
    print(await anext(c), await anext(c))
    try:
        await anext(c)
    except StopAsyncIteration:
        print("stopped")
    out = [x async for x in Wrap()]
    return out
asyncio.run(main())
