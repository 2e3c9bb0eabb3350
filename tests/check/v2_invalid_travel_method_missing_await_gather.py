# stubs: travel.pyi
import asyncio


class Planner:
    async def both(self, city: str):
        hotels = search_hotels(city, "2026-01-01", "2026-01-03")
        flights = await search_flights("LHR", city, "2026-01-01")
        return len(flights), len(hotels)  # error: missing-await


print(asyncio.run(Planner().both("Rome")))
