# stubs: weather.pyi
x = "label"
values = [x * 2 for x in range(5)]
print(x.upper(), values)
