# stubs: travel.pyi
import asyncio

flights = asyncio.run(search_flights(home_city, "Oslo", "2026-02-02"))
label = "budget: " + budget  # error: operator-type
print(label, len(flights))
