# stubs: weather.pyi
w = await get_weather("Rome")
print(to_fahrenheit(w["condition"]))  # error: arg-type
