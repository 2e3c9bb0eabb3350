# stubs: travel.pyi
import asyncio
from dataclasses import dataclass


@dataclass
class Stay:
    city: str
    nights: int


async def price(stay: Stay) -> float:
    hotels = await search_hotels(stay.city, "2026-05-01", "2026-05-03", stars=4)  # error: unknown-keyword
    return min(h["nightly_rate"] for h in hotels) * stay.nights


print(asyncio.run(price(Stay("Lyon", 2))))
