# stubs: weather.pyi
threshold = 20.0
def is_warm(t: float) -> bool:
    return t > threshold
temps = [w["temp_c"] for w in await get_forecast("Rome", 3)]
print([t for t in temps if is_warm(t)])
