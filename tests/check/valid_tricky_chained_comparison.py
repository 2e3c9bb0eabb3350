# stubs: weather.pyi
w = await get_weather("Paris")
if 10 < w["temp_c"] <= 25:
    print("mild")
