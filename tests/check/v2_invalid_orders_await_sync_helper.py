# stubs: orders.pyi
import asyncio


def count_paid() -> int:
    return len(list_orders("paid"))


async def main():
    n = await count_paid()  # error: await-not-awaitable
    print(n)


asyncio.run(main())
