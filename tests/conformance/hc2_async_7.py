# semaphores and locks limiting concurrency
import asyncio
async def main():
    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0
    async def job(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.01)
            active -= 1
            return i * i
    res = await asyncio.gather(*(job(i) for i in range(6)))
    print(res, peak)
asyncio.run(main())
