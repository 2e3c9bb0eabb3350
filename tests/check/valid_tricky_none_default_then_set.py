# stubs: weather.pyi
best = None
best_temp = -100.0
for city in cities:
    w = await get_weather(city)
    if w["temp_c"] > best_temp:
        best = w
        best_temp = w["temp_c"]
if best:
    print(best["city"])
