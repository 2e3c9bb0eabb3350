# stubs: weather.pyi
reports = [await get_weather(c) for c in cities]
warm = [r for r in reports if r["temp"] > 20]  # error: unknown-key
