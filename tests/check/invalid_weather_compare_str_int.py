# stubs: weather.pyi
w = await get_weather("Lagos")
if w["condition"] > 3:  # error: operator-type
    print("?")
