# await a non-awaitable
import asyncio

async def main():
    x = await asyncio.sleep(0, result="r")
    assert x == "r"
    print("slept", x)
    await 5

asyncio.run(main())
