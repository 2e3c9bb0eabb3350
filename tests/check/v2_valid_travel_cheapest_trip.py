# stubs: travel.pyi
import asyncio


async def cheapest(origin: str, dest: str, dates: list[str]):
    results = await asyncio.gather(*(search_flights(origin, dest, d, max_stops=0) for d in dates))
    best = None
    for date, flights in zip(dates, results):
        for f in flights:
            if best is None or f["price"] < best[1]["price"]:
                best = (date, f)
    return best


found = asyncio.run(cheapest("LHR", "JFK", ["2026-12-01", "2026-12-02"]))
if found is None:
    print("no direct flights")
else:
    date, flight = found
    print(f"{date}: {flight['airline']} {flight['flight_id']} at {flight['price']:.0f}")
