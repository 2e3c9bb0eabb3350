# stubs: travel.pyi
import asyncio
from dataclasses import dataclass, field


@dataclass
class Itinerary:
    traveler: str
    bookings: list[str] = field(default_factory=list)
    cost: float = 0.0

    def add(self, ref: str, amount: float) -> None:
        self.bookings.append(ref)
        self.cost += amount


async def plan() -> Itinerary:
    it = Itinerary("Ada")
    flights = await search_flights(home_city, "Paris", "2026-12-20", cabin="business")
    if flights:
        b = await book_flight(flights[0]["flight_id"], {"name": "Ada", "passport": "X123"})
        it.add(b["reference"], b["total"])
    return it


itinerary = asyncio.run(plan())
print(itinerary.traveler, itinerary.bookings, f"{itinerary.cost:.2f}", itinerary.cost <= budget)
