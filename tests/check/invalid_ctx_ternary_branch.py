# stubs: weather.pyi
w = await get_weather("Lagos")
label = w["condition"].title() if w["temp_c"] > 20 else w.condition  # error: unknown-attribute
