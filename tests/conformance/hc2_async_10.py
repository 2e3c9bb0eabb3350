# awaiting coroutine twice and calling without await
import asyncio
async def compute():
    return 42
async def main():
    c = compute()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print(e)
    print(type(compute).__name__, asyncio.iscoroutinefunction(compute) if hasattr(asyncio, "iscoroutinefunction") else True)
    return await asyncio.gather(*[compute() for _ in range(3)])
asyncio.run(main())
