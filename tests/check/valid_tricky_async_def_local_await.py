# stubs: weather.pyi
import asyncio

async def temp(city: str) -> float:
    w = await get_weather(city)
    return w["temp_c"]

results = await asyncio.gather(*(temp(c) for c in cities))
coros = [temp(c) for c in cities]
more = await asyncio.gather(*coros)
print(max(results), len(more))
