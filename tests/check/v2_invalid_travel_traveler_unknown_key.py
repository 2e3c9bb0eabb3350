# stubs: travel.pyi
import asyncio


async def main():
    traveler: Traveler = {"name": "Ada", "passport_no": "X1"}  # error: unknown-key
    flights = await search_flights("A", "B", "2026-01-01")
    await book_flight(flights[0]["flight_id"], traveler)


asyncio.run(main())
