# stubs: weather.pyi
def temps() -> list[float]:
    return [(await get_weather(c))["temp_c"] for c in cities]  # error: syntax-error, await-outside-async
