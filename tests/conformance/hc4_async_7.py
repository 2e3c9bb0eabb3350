import asyncio

async def slow():
    await asyncio.sleep(10)
    return "slow"

async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.5)
    except TimeoutError as e:
        print("timed out", type(e).__name__)
    task = asyncio.create_task(slow())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled", task.cancelled())
    q = asyncio.Queue()
    for i in range(3):
        await q.put(i)
    print([await q.get() for _ in range(3)], q.empty())

asyncio.run(main())
