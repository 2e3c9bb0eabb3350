# exception inside a task surfaces when awaited
import asyncio

async def bad():
    await asyncio.sleep(0)
    raise RuntimeError("task failed")

async def main():
    t = asyncio.create_task(bad())
    await asyncio.sleep(0.01)
    assert t.done()
    try:
        await t
    except RuntimeError as e:
        print("awaited:", e)
    return "ok"

assert asyncio.run(main()) == "ok"

async def main2():
    await asyncio.create_task(bad())

asyncio.run(main2())
