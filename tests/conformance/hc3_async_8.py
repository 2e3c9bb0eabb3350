import asyncio
async def slow():
    await asyncio.sleep(10)
    return "never"
async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except TimeoutError:
        print("timed out")
    sem = asyncio.Semaphore(2)
    active = []
    peak = 0
    async def job(i):
        nonlocal peak
        async with sem:
            active.append(i)
            peak = max(peak, len(active))
            await asyncio.sleep(0)
            active.remove(i)
        return i
    print(await asyncio.gather(*(job(i) for i in range(5))), peak)
asyncio.run(main())
