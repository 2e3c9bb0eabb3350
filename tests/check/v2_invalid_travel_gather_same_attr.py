# stubs: travel.pyi
import asyncio


async def main():
    out, back = await asyncio.gather(search_flights("A", "B", "2026-01-01"), search_flights("B", "A", "2026-01-09"))
    print(out[0].price + back[0]["price"])  # error: unknown-attribute


asyncio.run(main())
