# stubs: travel.pyi
import asyncio


async def first_two():
    a = await search_flights("A", "B", "2026-01-01")
    b = await search_flights("B", "A", "2026-01-05")
    return a, b


out, back, extra = asyncio.run(first_two())  # error: unpack-count
print(out, back, extra)
