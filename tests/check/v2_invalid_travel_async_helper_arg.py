# stubs: travel.pyi
import asyncio


async def hotels_for(city: str, nights: int):
    return await search_hotels(city, "2026-01-01", nights)  # error: arg-type


print(asyncio.run(hotels_for("Rome", 3)))
