# stubs: orders.pyi
import asyncio


async def refund_all(order_ids: list[str]) -> list[bool]:
    tasks = [refund_order(oid, 10.0, reason="late delivery") for oid in order_ids]
    return await asyncio.gather(*tasks)


late = [o["id"] for o in list_orders("shipped") if o["total"] > 50]
results = asyncio.run(refund_all(late))
for oid, ok in zip(late, results):
    print(oid, "refunded" if ok else "failed")
