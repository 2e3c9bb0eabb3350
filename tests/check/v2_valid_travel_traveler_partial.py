# stubs: travel.pyi
import asyncio

traveler = {"name": "Grace Hopper"}
traveler["passport"] = "P-999"


async def go():
    flights = await search_flights("SFO", "SEA", "2026-03-03")
    if not flights:
        return None
    return await book_flight(flights[0]["flight_id"], traveler)


booking = asyncio.run(go())
print("booked" if booking else "nothing booked")
