# stubs: travel.pyi
import asyncio
from typing import Optional


async def fares(dest: str, limit: Optional[int] = None) -> list[float]:
    flights = await search_flights(home_city, dest, "2026-02-02")
    prices = sorted(f["price"] for f in flights)
    if limit:
        prices = prices[:limit]
    return prices


print(asyncio.run(fares("Vienna", 2)))
print(asyncio.run(fares("Vienna")))
