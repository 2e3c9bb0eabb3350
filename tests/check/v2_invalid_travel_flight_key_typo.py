# stubs: travel.pyi
import asyncio


async def cheapest(origin, dest):
    flights = await search_flights(origin, dest, "2026-08-08")
    return min(flights, key=lambda f: f["fare"])  # error: unknown-key


print(asyncio.run(cheapest("AMS", "BCN")))
