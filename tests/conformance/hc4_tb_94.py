import asyncio
async def worker(n):
    if n == 2:
        raise ValueError(f"worker {n} failed")
    await asyncio.sleep(0)
    return n
async def main():
    async with asyncio.TaskGroup() as tg:
        for n in range(3):
            tg.create_task(worker(n))
asyncio.run(main())
