# stubs: travel.pyi
import asyncio


async def book_best(city):
    hotels = await search_hotels(city, "2026-04-01", "2026-04-05", min_stars=4)
    hotels = sorted(hotels, key=lambda h: (-h["stars"], h["nightly_rate"]))
    for h in hotels:
        try:
            b = await book_hotel(h["hotel_id"], "2026-04-01", "2026-04-05", {"name": "Linus"})
        except Exception:
            continue
        if b["confirmed"]:
            return b
    return None


result = asyncio.run(book_best("Oslo"))
print(result["reference"] if result is not None else "no hotel")
