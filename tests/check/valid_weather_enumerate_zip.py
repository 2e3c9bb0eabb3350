# stubs: weather.pyi
days = await get_forecast("Rome", 3)
for i, day in enumerate(days, start=1):
    print(i, day["condition"])
for city, day in zip(cities, days):
    print(city, day["temp_c"])
