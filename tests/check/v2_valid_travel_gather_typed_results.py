# stubs: travel.pyi
import asyncio


async def main():
    out, back = await asyncio.gather(search_flights("A", "B", "2026-01-01"), search_flights("B", "A", "2026-01-09"))
    cheapest = min(out, key=lambda f: f["price"]) if out else None
    print(cheapest["airline"] if cheapest else "-", len(back))
    batches = await asyncio.gather(*(search_hotels(c, "2026-02-01", "2026-02-02") for c in ["Rome", "Oslo"]))
    for city_hotels in batches:
        print(sorted(h["name"] for h in city_hotels))
    mixed = await asyncio.gather(search_flights("A", "B", "2026-01-01"), get_cheap_count(), return_exceptions=True)
    for r in mixed:
        if isinstance(r, BaseException):
            print("failed:", r)
        else:
            print(r)


async def get_cheap_count() -> int:
    return 3


asyncio.run(main())
