import asyncio
async def may_fail(n):
    await asyncio.sleep(0)
    if n == 2:
        raise ValueError(f"bad {n}")
    return n
async def main():
    res = await asyncio.gather(*(may_fail(i) for i in range(4)), return_exceptions=True)
    print([repr(r) for r in res])
    try:
        await asyncio.gather(may_fail(1), may_fail(2))
    except ValueError as e:
        print("gather raised", e)
asyncio.run(main())
