# stubs: weather.pyi
days = await get_forecast("Rome", 3)
for city, day in zip(cities, days):
    print(city.upper(), day["temperature"])  # error: unknown-key
