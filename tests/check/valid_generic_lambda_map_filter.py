# stubs: weather.pyi
temps = [w["temp_c"] for w in await get_forecast("Nice", 4)]
f = list(map(to_fahrenheit, temps))
warm = list(filter(lambda t: t > 20, temps))
print(f, warm, any(t > 30 for t in temps), all(t > -50 for t in temps))
