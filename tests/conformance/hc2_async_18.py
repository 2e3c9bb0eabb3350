# a TaskGroup whose body raises cancels its tasks and reports both
import asyncio
async def slow(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("cancelled", n)
        raise
async def failing():
    await asyncio.sleep(0.01)
    raise KeyError("task key")
async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(slow(1))
        tg.create_task(failing())
        await asyncio.sleep(0.02)
        print("body continues")
asyncio.run(main())
