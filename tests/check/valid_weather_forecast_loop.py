# stubs: weather.pyi
days = await get_forecast("Lima", days=5)
rainy = 0
for day in days:
    rain = day.get("rain_mm")
    if rain is not None and rain > 1.0:
        rainy += 1
print(rainy, "rainy days")
hottest = max(days, key=lambda d: d["temp_c"])
print(hottest["condition"])
