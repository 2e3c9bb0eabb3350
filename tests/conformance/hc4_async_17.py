import asyncio

async def failing():
    await asyncio.sleep(0.1)
    raise ValueError("child failed")

async def long_running(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("long_running cancelled")
        raise

async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(long_running(log))
            tg.create_task(failing())
    except* ValueError as eg:
        log.append(f"group: {[str(e) for e in eg.exceptions]}")
    print(log)

asyncio.run(main())
