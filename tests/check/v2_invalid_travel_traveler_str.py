# stubs: travel.pyi
import asyncio


async def main():
    flights = await search_flights("LHR", "CDG", "2026-09-09")
    await book_flight(flights[0]["flight_id"], "Ada Lovelace")  # error: arg-type


asyncio.run(main())
