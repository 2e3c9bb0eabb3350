# stubs: weather.pyi
days = await get_forecast("Rome", 3)
for i, day in enumerate(days):
    print(i + 1, day.condition)  # error: unknown-attribute
