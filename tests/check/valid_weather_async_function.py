# stubs: weather.pyi
async def describe(city: str) -> str:
    w = await get_weather(city, units="metric")
    wind = "windy" if w["wind_kph"] > 30 else "calm"
    return f"{city}: {w['condition']}, {wind}"

lines = []
for city in cities:
    lines.append(await describe(city))
print("\n".join(lines))
