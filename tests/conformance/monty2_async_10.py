# async methods on classes, awaiting in loops
import asyncio

class Cache:
    def __init__(self):
        self.data = {}
        self.hits = 0
    async def get(self, key, loader):
        if key in self.data:
            self.hits += 1
            return self.data[key]
        value = await loader(key)
        self.data[key] = value
        return value

async def load(key):
    await asyncio.sleep(0)
    return len(key)

async def main():
    c = Cache()
    res = []
    for k in ["aa", "bbb", "aa", "c", "bbb"]:
        res.append(await c.get(k, load))
    return res, c.hits

res, hits = asyncio.run(main())
assert res == [2, 3, 2, 1, 3] and hits == 2
print(res, hits)
