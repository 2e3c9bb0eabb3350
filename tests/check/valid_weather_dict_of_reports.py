# stubs: weather.pyi
table = {}
for city in cities:
    table[city] = await get_weather(city)
coldest = min(table, key=lambda c: table[c]["temp_c"])
print(coldest, table[coldest]["temp_c"])
