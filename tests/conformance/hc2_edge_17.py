# async exception traceback through gather and tasks
import asyncio
async def fetch(i):
    await asyncio.sleep(0.01 * i)
    if i == 2:
        raise ConnectionError(f"fetch {i} failed")
    return i
async def main():
    results = await asyncio.gather(*(fetch(i) for i in range(4)))
    return results
asyncio.run(main())
