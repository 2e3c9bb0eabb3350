# stubs: orders.pyi
import asyncio


async def main():
    level = await restock("SKU-1", "25")  # error: arg-type
    print(level)


asyncio.run(main())
