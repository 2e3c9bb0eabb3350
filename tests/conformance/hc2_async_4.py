# async context managers and iterators
import asyncio
class Conn:
    async def __aenter__(self):
        print("open")
        return self
    async def __aexit__(self, et, e, tb):
        print("close", et.__name__ if et else None)
        return False
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        if self.i >= 3:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i
async def main():
    async with Conn() as c:
        async for v in c:
            print("row", v)
    async with Conn():
        raise KeyError("in async with")
asyncio.run(main())
