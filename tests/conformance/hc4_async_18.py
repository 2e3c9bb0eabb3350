import asyncio

class RateLimiter:
    def __init__(self, n):
        self.sem = asyncio.Semaphore(n)
        self.active = 0
        self.peak = 0
    async def run(self, coro):
        async with self.sem:
            self.active += 1
            self.peak = max(self.peak, self.active)
            try:
                return await coro
            finally:
                self.active -= 1

async def work(i):
    await asyncio.sleep(0.01 * (i % 3))
    return i * i

async def main():
    rl = RateLimiter(2)
    results = await asyncio.gather(*(rl.run(work(i)) for i in range(6)))
    print(results, rl.peak)

asyncio.run(main())
