# stubs: travel.pyi
import asyncio

hotels = asyncio.run(search_hotels("Rome", "2026-06-01", "2026-06-03"))
hotels.sort(key=lambda h: h["stars"])
print(hotels[0]["rating"] if hotels else None)
print(hotels[0].rating)  # error: unknown-attribute
