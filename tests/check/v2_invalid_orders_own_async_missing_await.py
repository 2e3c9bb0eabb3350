# stubs: orders.pyi
import asyncio


async def paid_ids() -> list[str]:
    return [o["id"] for o in list_orders("paid")]


async def main():
    ids = paid_ids()
    print(", ".join(ids))  # error: missing-await


asyncio.run(main())
