# stubs: travel.pyi
import asyncio


async def main():
    flights = await search_flights("LHR", "JFK", "2026-12-01", travel_class="business")  # error: unknown-keyword
    print(len(flights))


asyncio.run(main())
