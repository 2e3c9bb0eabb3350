# asyncio.gather ordering and results
import asyncio
async def fetch(name, delay):
    await asyncio.sleep(delay)
    print("done", name)
    return name.upper()
async def main():
    results = await asyncio.gather(fetch("a", 0.03), fetch("b", 0.01), fetch("c", 0.02))
    print(results)
    return len(results)
asyncio.run(main())
