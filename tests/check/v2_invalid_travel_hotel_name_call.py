# stubs: travel.pyi
import asyncio

for h in asyncio.run(search_hotels("Kyoto", "2026-04-04", "2026-04-06")):
    print(h["name"]())  # error: not-callable
