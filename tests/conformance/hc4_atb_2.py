import asyncio
async def slow():
    await asyncio.sleep(10)
async def main():
    await asyncio.wait_for(slow(), 0.1)
asyncio.run(main())
