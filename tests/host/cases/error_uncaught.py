def lookup(city):
    data = get_weather(city)
    return data["temp"]

print(lookup("Paris"))
temps = [lookup(c) for c in ["Oslo", "Nowhere"]]
