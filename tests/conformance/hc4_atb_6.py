import asyncio
async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait(1)
    q.put_nowait(2)
asyncio.run(main())
