import asyncio
async def get(i):
    raise TimeoutError(f"request {i} timed out")
async def main():
    r = await get(1)
    return r
asyncio.run(main())
