import asyncio
async def inner():
    raise KeyError("missing in coroutine")
async def middle():
    return await inner()
async def main():
    await middle()
asyncio.run(main())
