import asyncio

async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name} done after {delay}"

async def main():
    results = await asyncio.gather(fetch("a", 0.2), fetch("b", 0.1), fetch("c", 0))
    for r in results:
        print(r)
    return len(results)

print(asyncio.run(main()))
