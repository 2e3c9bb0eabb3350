# stubs: weather.pyi
async def packing_list(city: str, days: int = 3) -> list[str]:
    forecast = await get_forecast(city, days)
    items = {"toothbrush"}
    for day in forecast:
        if day["temp_c"] < 10:
            items.add("coat")
        if day.get("rain_mm") and day["rain_mm"] > 2:
            items.add("umbrella")
        if day["wind_kph"] > 40:
            items.add("windbreaker")
    return sorted(items)

for city in cities:
    print(city, await packing_list(city))
