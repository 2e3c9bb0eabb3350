# stubs: orders.pyi
import asyncio


async def fail(n: int) -> int:
    await asyncio.sleep(0)
    if n % 2:
        raise ValueError(f"odd {n}")
    return n


async def main():
    results = await asyncio.gather(*(fail(i) for i in range(4)), return_exceptions=True)
    ok = [r for r in results if not isinstance(r, BaseException)]
    bad = [str(r) for r in results if isinstance(r, BaseException)]
    print(ok, bad)


asyncio.run(main())
