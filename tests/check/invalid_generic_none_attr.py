# stubs: weather.pyi
result = None
print(result.upper())  # error: unknown-attribute
