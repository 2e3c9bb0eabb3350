import asyncio
async def fetch(i):
    await asyncio.sleep(0)
    if i == 1:
        raise KeyError(f"item {i}")
    return i
async def main():
    return await asyncio.gather(fetch(0), fetch(1))
asyncio.run(main())
