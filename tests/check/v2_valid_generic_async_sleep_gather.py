# stubs: messaging.pyi
import asyncio


async def work(name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    return f"{name} done"


async def main():
    results = await asyncio.gather(work("a", 0.01), work("b", 0.0))
    for r in results:
        print(r)


asyncio.run(main())
