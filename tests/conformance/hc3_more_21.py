import asyncio
async def boom():
    await asyncio.sleep(0)
    raise ValueError("inner boom")
async def middle():
    try:
        await boom()
    except ValueError as e:
        raise RuntimeError("middle failed") from e
async def main():
    await middle()
asyncio.run(main())
