# stubs: travel.pyi
cities = ["London", "Tokyo", "Atlantis"]
codes = {}
for city in cities:
    code = airport_code(city)
    if code is None:
        print(f"no airport for {city}")
        continue
    codes[city] = code.upper()
print(codes)
