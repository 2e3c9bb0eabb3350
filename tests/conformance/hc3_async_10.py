import asyncio
async def a():
    return 1
def not_async():
    return a()
async def main():
    x = await not_async()
    print(x)
    await asyncio.gather(a(), None)
asyncio.run(main())
