import asyncio
async def agen():
    yield 1
    raise ValueError("async gen broke")
async def consume():
    async for v in agen():
        print(v)
async def main():
    await consume()
asyncio.run(main())
