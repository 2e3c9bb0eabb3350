# stubs: orders.pyi
import asyncio


async def main():
    print(await restock("A", 1))


asyncio.run(main)  # error: arg-type
