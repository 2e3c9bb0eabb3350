import asyncio

async def boom(n):
    await asyncio.sleep(0)
    raise ValueError("boom %d" % n)

async def fine():
    return 1

async def main():
    try:
        await boom(1)
    except ValueError as e:
        print("caught", e)
    try:
        await asyncio.gather(fine(), boom(2))
    except ValueError as e:
        print("gather", e)
    res = await asyncio.gather(boom(3), fine(), return_exceptions=True)
    print([type(x).__name__ for x in res], str(res[0]))
    try:
        await 5
    except TypeError as e:
        print("TypeError:", e)
    c = fine()
    await c
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        asyncio.run(fine())
    except RuntimeError as e:
        print("RuntimeError:", e)
    t = asyncio.create_task(boom(4))
    try:
        await t
    except ValueError as e:
        print("task", e, t.done())

asyncio.run(main())
