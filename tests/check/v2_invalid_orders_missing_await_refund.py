# stubs: orders.pyi
import asyncio


async def main():
    ok = refund_order("A-1", 12.5, reason="damaged")
    if ok:  # error: missing-await
        print("refunded")


asyncio.run(main())
