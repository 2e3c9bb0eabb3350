# stubs: orders.pyi
import asyncio


async def process_all(ids: list[str]) -> int:
    async def one(oid: str) -> bool:
        order = get_order(oid)
        if order is None or order["status"] != "delivered":
            return False
        return await refund_order(oid, order["total"] * 0.1, reason="loyalty")

    results = await asyncio.gather(*(one(i) for i in ids))
    return sum(1 for r in results if r)


print(asyncio.run(process_all(["A", "B"])))
