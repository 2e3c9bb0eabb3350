# stubs: travel.pyi
import asyncio


async def main():
    flights = search_flights("LHR", "JFK", "2026-12-01")
    for f in flights:  # error: missing-await
        print(f["price"])


asyncio.run(main())
