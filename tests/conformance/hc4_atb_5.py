import asyncio
async def child():
    raise KeyError("child")
async def main():
    t = asyncio.create_task(child())
    await asyncio.sleep(0)
    print("task done:", t.done())
    await t
asyncio.run(main())
