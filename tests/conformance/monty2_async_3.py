# exception in a coroutine propagates through await and asyncio.run
import asyncio

async def fetch(key):
    await asyncio.sleep(0)
    if key < 0:
        raise ValueError(f"bad key {key}")
    return key * 10

async def main():
    ok = await fetch(2)
    try:
        await fetch(-1)
    except ValueError as e:
        print("caught", e)
    return ok

assert asyncio.run(main()) == 20

async def fail():
    return await fetch(-7)

asyncio.run(fail())
