# stubs: orders.pyi
import asyncio


async def main():
    tasks = []
    for o in list_orders("delivered"):
        tasks.append(refund_order(o["id"], 1.0, reason="goodwill"))
    pending = refund_order("EXTRA", 2.0, reason="goodwill")
    results = await asyncio.gather(*tasks, return_exceptions=True)
    extra = await pending
    failures = [r for r in results if isinstance(r, Exception)]
    print(len(results), len(failures), extra)


asyncio.run(main())
