# stubs: weather.pyi
print(to_fahrenheit(20), to_fahrenheit(True), to_fahrenheit(3.5))
