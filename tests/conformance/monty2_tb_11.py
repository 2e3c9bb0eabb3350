# traceback of an async method failing inside gather
import asyncio

class Fetcher:
    def __init__(self, data):
        self.data = data
    async def fetch(self, key):
        await asyncio.sleep(0)
        return self.data[key]

async def main():
    f = Fetcher({"a": 1})
    return await asyncio.gather(f.fetch("a"), f.fetch("b"))

asyncio.run(main())
