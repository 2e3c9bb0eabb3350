# stubs: orders.pyi
import asyncio


async def main():
    results = await asyncio.gather(restock("A", 1), restock("B", 2))
    level = restock("C", 3)
    print(results, level + 1)  # error: missing-await


asyncio.run(main())
