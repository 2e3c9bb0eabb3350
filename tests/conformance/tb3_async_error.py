import asyncio
async def fetch(i):
    await asyncio.sleep(0)
    if i == 2:
        raise ValueError(f"bad {i}")
    return i
async def main():
    return await asyncio.gather(*(fetch(i) for i in range(3)))
asyncio.run(main())
