import asyncio
async def fails():
    await asyncio.sleep(0)
    raise ValueError("async boom")
async def main():
    try:
        await fails()
    except ValueError as e:
        print("caught", e)
    res = await asyncio.gather(fails(), asyncio.sleep(0, "ok"), return_exceptions=True)
    print([type(r).__name__ for r in res])
    await fails()
asyncio.run(main())
