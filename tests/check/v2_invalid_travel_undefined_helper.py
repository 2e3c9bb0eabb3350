# stubs: travel.pyi
import asyncio


async def main():
    flights = await search_flights("LHR", "DXB", "2026-11-11")
    print(format_price(flights[0]["price"]))  # error: undefined-name


asyncio.run(main())
