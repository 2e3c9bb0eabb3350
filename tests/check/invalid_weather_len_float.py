# stubs: weather.pyi
w = await get_weather("Oslo")
print(len(w["temp_c"]))  # error: arg-type
