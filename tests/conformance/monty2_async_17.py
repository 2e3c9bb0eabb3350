# awaiting the same coroutine twice
import asyncio

async def once():
    return 1

async def main():
    c = once()
    assert await c == 1
    await c

asyncio.run(main())
