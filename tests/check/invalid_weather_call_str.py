# stubs: weather.pyi
w = await get_weather("Nice")
print(w["condition"]())  # error: not-callable
