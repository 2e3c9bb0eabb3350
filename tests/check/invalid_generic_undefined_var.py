# stubs: weather.pyi
for city in cities:
    w = await get_weather(city)
print(citi)  # error: undefined-name
