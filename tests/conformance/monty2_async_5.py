# async context manager and async iterator
import asyncio

class Session:
    def __init__(self, log):
        self.log = log
    async def __aenter__(self):
        self.log.append("open")
        await asyncio.sleep(0)
        return self
    async def __aexit__(self, et, ev, tb):
        self.log.append(f"close {et.__name__ if et else None}")
        return False

class Ticker:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i

async def main():
    log = []
    async with Session(log) as s:
        async for t in Ticker(3):
            log.append(t)
    try:
        async with Session(log):
            raise IndexError("x")
    except IndexError:
        log.append("caught")
    return log

r = asyncio.run(main())
assert r == ["open", 1, 2, 3, "close None", "open", "close IndexError", "caught"]
print(r)
