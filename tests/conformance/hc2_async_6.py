# wait_for timeout and cancellation
import asyncio
async def slow():
    await asyncio.sleep(10)
    return "never"
async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.1)
    except TimeoutError:
        print("timed out")
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    return "end"
asyncio.run(main())
