# stubs: weather.pyi
report = await get_weather("Paris")
print(f"{report['city']}: {report['temp_c']}C, {report['condition']}")
if report["temp_c"] > 25:
    print("hot:", to_fahrenheit(report["temp_c"]))
