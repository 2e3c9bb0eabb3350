# stubs: weather.pyi
w = get_weather("Lima")
if w["temp_c"] > 20:  # error: missing-await
    print("warm")
