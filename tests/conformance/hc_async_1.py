import asyncio
async def fetch(i):
    await asyncio.sleep(0)
    return i * 10
async def main():
    results = await asyncio.gather(fetch(1), fetch(2), fetch(3))
    print(results)
    r = await fetch(5)
    return r + 1
print(asyncio.run(main()))
