# stubs: travel.pyi
import asyncio


class Agent:
    def __init__(self, origin: str):
        self.origin = origin
        self.log: list[str] = []

    async def fares(self, dest: str, date: str) -> list[float]:
        flights = await search_flights(self.origin, dest, date)
        self.log.append(f"{dest}: {len(flights)}")
        return sorted(f["price"] for f in flights)

    async def compare(self, dests: list[str], date: str) -> dict[str, float | None]:
        results = await asyncio.gather(*(self.fares(d, date) for d in dests))
        return {d: (r[0] if r else None) for d, r in zip(dests, results)}


agent = Agent("MAD")
best = asyncio.run(agent.compare(["LIS", "CDG"], "2026-06-06"))
for dest, price in best.items():
    print(dest, "none" if price is None else f"{price:.0f}")
print(agent.log)
