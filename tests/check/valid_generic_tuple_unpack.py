# stubs: weather.pyi
pairs = [(c, len(c)) for c in cities]
for name, size in pairs:
    print(name.upper(), size + 1)
first, *rest = cities
print(first.lower(), len(rest))
a, b = divmod(17, 5)
print(a, b)
