import asyncio

async def fails(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)

async def ok():
    return "fine"

async def main():
    res = await asyncio.gather(ok(), fails("boom"), return_exceptions=True)
    print([type(r).__name__ for r in res], res[0])
    try:
        await asyncio.gather(ok(), fails("second"))
    except ValueError as e:
        print("caught", e)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails("tg1"))
            tg.create_task(fails("tg2"))
    except* ValueError as eg:
        print(sorted(str(e) for e in eg.exceptions))

asyncio.run(main())
