# stubs: weather.pyi
report = await get_weather("Paris")
print(report.temp_c)  # error: unknown-attribute
