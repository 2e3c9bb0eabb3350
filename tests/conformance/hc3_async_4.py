import asyncio
async def step(n):
    if n == 0:
        raise RuntimeError("async failure")
    return await step(n - 1)
async def main():
    return await step(2)
asyncio.run(main())
