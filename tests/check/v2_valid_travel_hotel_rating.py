# stubs: travel.pyi
import asyncio

hotels = asyncio.run(search_hotels("Lisbon", "2026-05-01", "2026-05-04", min_stars=3, guests=2))
rated = [(h["name"], h.get("rating", 0.0)) for h in hotels]
rated.sort(key=lambda t: t[1], reverse=True)
for name, rating in rated[:5]:
    print(f"{rating:.1f} {name}")
nights = 3
for h in hotels:
    if "rating" in h and h["rating"] > 4.5:
        print(h["name"], "total", h["nightly_rate"] * nights)
