# stubs: orders.pyi
import asyncio


async def main():
    coros = [restock(sku, 10) for sku in ["A", "B"]]
    levels = await asyncio.gather(coros)  # error: arg-type
    print(levels)


asyncio.run(main())
