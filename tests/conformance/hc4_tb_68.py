import asyncio

async def fetch(n):
    await asyncio.sleep(0)
    return {"id": n}["name"]

async def main():
    return await asyncio.gather(fetch(1), fetch(2))

asyncio.run(main())
