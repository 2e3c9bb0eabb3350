import asyncio

async def slow_op():
    await asyncio.sleep(5)
    return "done"

async def main():
    try:
        async with asyncio.timeout(1):
            await slow_op()
    except TimeoutError:
        print("timeout context fired")
    task = asyncio.create_task(slow_op())
    await asyncio.sleep(0)
    print(task.done(), task.cancelled())
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled", task.cancelled(), task.done())
    ok = asyncio.create_task(asyncio.sleep(0, result=7))
    await ok
    print(ok.result(), ok.exception())

asyncio.run(main())
