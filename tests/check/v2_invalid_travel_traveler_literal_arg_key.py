# stubs: travel.pyi
import asyncio


async def main():
    flights = await search_flights("LHR", "OSL", "2026-04-04")
    booking = await book_flight(flights[0]["flight_id"], {"name": "Ada", "frequent_flyer": "BA123"})  # error: unknown-key
    print(booking["reference"])


asyncio.run(main())
