# uncaught exception from a TaskGroup shows an exception group
import asyncio
async def worker(n):
    await asyncio.sleep(0.01 * n)
    if n % 2:
        raise ValueError(f"worker {n} failed")
    return n
async def main():
    async with asyncio.TaskGroup() as tg:
        for n in range(4):
            tg.create_task(worker(n))
asyncio.run(main())
