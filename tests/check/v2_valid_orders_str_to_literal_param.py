# stubs: orders.pyi
import asyncio


def by_status(status: str):
    return list_orders(status, limit=10)


wanted = "paid"
print(len(list_orders(wanted)))
for s in ["pending", "shipped"]:
    print(s, len(by_status(s)))


async def move(order_id: str, new_status: str) -> str:
    updated = await update_order_status(order_id, new_status)
    return updated["status"]


print(asyncio.run(move("A-1", "shipped")))
