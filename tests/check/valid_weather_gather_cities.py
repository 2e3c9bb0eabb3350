# stubs: weather.pyi
import asyncio

reports = await asyncio.gather(*[get_weather(c) for c in cities])
warm = [r for r in reports if r["temp_c"] >= 20]
print(f"{len(warm)} of {len(cities)} cities are warm")
