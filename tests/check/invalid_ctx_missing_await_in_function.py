# stubs: weather.pyi
async def hottest() -> str:
    best = ""
    best_temp = -99.0
    for city in cities:
        w = get_weather(city)
        if w["temp_c"] > best_temp:  # error: missing-await
            best = city
    return best
