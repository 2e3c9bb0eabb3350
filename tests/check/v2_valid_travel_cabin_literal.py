# stubs: travel.pyi
import asyncio
from typing import Literal

Cabin = Literal["economy", "premium", "business", "first"]


async def price_by_cabin(cabins: list[Cabin]) -> dict[str, float]:
    out: dict[str, float] = {}
    for cabin in cabins:
        flights = await search_flights("CDG", "NRT", "2026-10-10", cabin=cabin)
        out[cabin] = min((f["price"] for f in flights), default=float("inf"))
    return out


prices = asyncio.run(price_by_cabin(["economy", "business"]))
for cabin, price in prices.items():
    print(cabin, "n/a" if price == float("inf") else f"{price:.0f}")
