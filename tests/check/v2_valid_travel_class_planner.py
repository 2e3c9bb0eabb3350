# stubs: travel.pyi
import asyncio


class TripPlanner:
    nights: int

    def __init__(self, city: str, nights: int = 2):
        self.city = city
        self.nights = nights
        self.options = []

    async def gather_hotels(self):
        self.options = await search_hotels(self.city, "2026-09-01", "2026-09-03")
        return self

    def best(self):
        if not self.options:
            return None
        return min(self.options, key=lambda h: h["nightly_rate"])


async def main():
    planner = await TripPlanner("Berlin").gather_hotels()
    best = planner.best()
    if best is not None:
        print(best["name"], best["nightly_rate"] * planner.nights)


asyncio.run(main())
