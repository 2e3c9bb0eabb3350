# stubs: travel.pyi
import asyncio

hotels = asyncio.run(search_hotels("Nice", "2026-07-01", "2026-07-02", min_stars="4"))  # error: arg-type
print(hotels)
