# stubs: weather.pyi
days = await get_forecast("Bergen", 7)
total = 0.0
for d in days:
    total += d.get("rain_mm") * 1.0  # error: possibly-none
