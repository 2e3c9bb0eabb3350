# stubs: orders.pyi
import asyncio


async def main():
    task = asyncio.create_task(refund_order("X-1", 5.0, reason="damaged"))
    await asyncio.sleep(0)
    ok = await task
    print("refund ok" if ok else "refund failed")


asyncio.run(main())
