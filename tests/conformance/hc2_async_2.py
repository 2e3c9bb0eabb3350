# gather with exceptions
import asyncio
async def ok(v):
    await asyncio.sleep(0.01)
    return v
async def fail(msg):
    await asyncio.sleep(0.005)
    raise ValueError(msg)
async def main():
    r = await asyncio.gather(ok(1), fail("bad"), ok(3), return_exceptions=True)
    print([type(x).__name__ if isinstance(x, Exception) else x for x in r])
    try:
        await asyncio.gather(ok(1), fail("first"))
    except ValueError as e:
        print("caught", e)
    await asyncio.gather(fail("uncaught"))
asyncio.run(main())
