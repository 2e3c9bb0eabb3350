# stubs: orders.pyi
import asyncio


async def main():
    await refund_order("A-1", 12.5, "damaged")  # error: call-arg-count


asyncio.run(main())
