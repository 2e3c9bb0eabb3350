import asyncio

async def inner():
    raise KeyError("deep async")

async def middle():
    await inner()

async def main():
    await middle()

asyncio.run(main())
