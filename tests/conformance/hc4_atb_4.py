import asyncio
async def main():
    task = asyncio.create_task(asyncio.sleep(5))
    await asyncio.sleep(0)
    task.cancel()
    await task
asyncio.run(main())
