# stubs: weather.pyi
import asyncio

tasks = [get_weather(c) for c in cities]
reports = await asyncio.gather(*tasks)
paris, lima = await asyncio.gather(get_weather("Paris"), get_weather("Lima"))
safe = await asyncio.gather(*tasks, return_exceptions=True)
print(len(reports), paris, lima, safe)
print(", ".join(str(r["temp_c"]) for r in reports), ", ".join(cities))
