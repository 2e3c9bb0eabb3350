# stubs: travel.pyi
import asyncio

hotels = asyncio.run(search_hotels("Madrid", "2026-10-01", "2026-10-02"))
for h in hotels:
    try:
        rating = h["rating"]
    except KeyError:
        rating = 0.0
    print(h["name"], rating)
