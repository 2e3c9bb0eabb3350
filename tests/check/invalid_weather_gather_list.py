# stubs: weather.pyi
import asyncio

tasks = [get_weather(c) for c in cities]
reports = await asyncio.gather(tasks)  # error: arg-type
