# stubs: orders.pyi
import asyncio


async def main():
    for sku in ["A", "B"]:
        await restock(sku, 5)
        await asyncio.sleep("0.5")  # error: arg-type


asyncio.run(main())
