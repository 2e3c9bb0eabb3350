# stubs: weather.pyi
w = await get_weather("Nice")
for x in w["temp_c"]:  # error: not-iterable
    print(x)
