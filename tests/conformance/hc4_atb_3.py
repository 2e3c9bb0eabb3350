import asyncio
async def bad(i):
    await asyncio.sleep(0.01 * i)
    raise ValueError(f"bad {i}")
async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad(1))
        tg.create_task(bad(2))
asyncio.run(main())
