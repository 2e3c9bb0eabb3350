# stubs: weather.pyi
import asyncio

results = await asyncio.gather(get_weather("Paris"), get_weather("Rome"))
print(results["Paris"])  # error: arg-type
