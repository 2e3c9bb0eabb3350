# stubs: orders.pyi
import asyncio


async def safe_restock(sku: str, qty: int) -> int | None:
    try:
        return await restock(sku, qty)
    except Exception as exc:
        print(f"restock of {sku} failed: {exc}")
        return None


async def main():
    products = search_products("usb cable", in_stock_only=False)
    empty = [p for p in products if p["stock"] == 0]
    levels = await asyncio.gather(*(safe_restock(p["sku"], 25) for p in empty))
    for p, level in zip(empty, levels):
        if level is None:
            continue
        print(p["title"], "->", level)


asyncio.run(main())
