import asyncio

async def check(n):
    if n > 2:
        raise ValueError(f"{n} too big")
    return n

async def main():
    async with asyncio.TaskGroup() as tg:
        for i in range(4):
            tg.create_task(check(i))

asyncio.run(main())
