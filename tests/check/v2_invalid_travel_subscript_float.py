# stubs: travel.pyi
import asyncio

flights = asyncio.run(search_flights("SFO", "LAX", "2026-05-05"))
for f in flights:
    print(f["price"][0])  # error: not-subscriptable
