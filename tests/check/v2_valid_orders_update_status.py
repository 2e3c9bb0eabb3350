# stubs: orders.pyi
import asyncio


async def ship_ready() -> list[str]:
    shipped: list[str] = []
    for order in list_orders("paid", limit=10):
        if order["shipping_address"] is None:
            continue
        updated = await update_order_status(order["id"], "shipped")
        shipped.append(updated["id"])
    return shipped


done = asyncio.run(ship_ready())
print(f"shipped {len(done)} orders: {', '.join(done)}")
