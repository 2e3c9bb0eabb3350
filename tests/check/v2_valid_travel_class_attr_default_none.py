# stubs: travel.pyi
import asyncio
from typing import Optional


class Cheapest:
    best: Optional[dict] = None

    def offer(self, flight) -> None:
        if self.best is None or flight["price"] < self.best["price"]:
            self.best = flight


async def main():
    c = Cheapest()
    for f in await search_flights("OSL", "BER", "2026-01-10"):
        c.offer(f)
    print(c.best["airline"] if c.best else "none")


asyncio.run(main())
