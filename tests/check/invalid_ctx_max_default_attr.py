# stubs: weather.pyi
days = await get_forecast("Oslo", 5)
warmest = max(days, key=lambda d: d["temp_c"])
print(warmest.city)  # error: unknown-attribute
