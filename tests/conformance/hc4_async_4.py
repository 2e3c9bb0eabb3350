import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i

class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    squares = [x async for x in agen(4)]
    ticks = []
    async for t in Ticker(3):
        ticks.append(t)
    print(squares, ticks)

asyncio.run(main())
