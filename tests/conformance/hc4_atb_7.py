import asyncio

async def slow(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("slow cancelled")
        raise

async def main():
    log = []
    try:
        await asyncio.wait_for(slow(log), timeout=0.2)
    except TimeoutError as e:
        print(type(e).__name__, type(e.__cause__).__name__, e.__suppress_context__, log)
    print(await asyncio.wait_for(asyncio.sleep(0.01, result="fast"), timeout=1))

asyncio.run(main())
