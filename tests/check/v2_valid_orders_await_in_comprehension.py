# stubs: orders.pyi
import asyncio


async def main():
    skus = ["A", "B", "C"]
    levels = [await restock(s, 1) for s in skus]
    by_sku = {s: await restock(s, 0) for s in skus}
    print(levels, by_sku)


asyncio.run(main())
