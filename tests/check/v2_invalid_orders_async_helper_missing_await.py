# stubs: orders.pyi
import asyncio


async def mark_shipped(order_id: str) -> str:
    updated = update_order_status(order_id, "shipped")
    return updated["status"]  # error: missing-await


print(asyncio.run(mark_shipped("A-1")))
