import asyncio
async def fetch(i):
    await asyncio.sleep(0)
    if i == 1:
        raise LookupError(f"item {i}")
    return i
async def main():
    results = []
    for coro in asyncio.as_completed([fetch(i) for i in range(3)]):
        results.append(await coro)
    return results
asyncio.run(main())
