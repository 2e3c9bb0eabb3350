# stubs: weather.pyi
for city in cities:
    print(city.uppercase())  # error: unknown-attribute
