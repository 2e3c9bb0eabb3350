# stubs: weather.pyi
w = await get_weather("Paris", unit="imperial")  # error: unknown-keyword
