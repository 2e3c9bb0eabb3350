# stubs: travel.pyi
import asyncio


def score(h: Hotel) -> float:
    rating = h.get("rating")
    base = rating if rating is not None else 3.0
    return base * 10 - h["nightly_rate"] / 20 + h["stars"]


hotels = asyncio.run(search_hotels("Prague", "2026-03-01", "2026-03-04"))
for h in sorted(hotels, key=score, reverse=True)[:3]:
    print(f"{score(h):6.1f} {h['name']}")
