# built-ins that run Python code themselves (sum over a generator, a key= function) calling tools
cities = ["Paris", "Oslo", "Lima"]
print(sum(get_weather(c)["temp"] for c in cities))
print(max(cities, key=lambda c: get_weather(c)["temp"]))
print(", ".join(get_weather(c)["unit"] for c in cities))
print(any(get_weather(c)["temp"] < 0 for c in cities))
print(list(map(count_calls_twice, [1, 2])) if False else sorted(get_weather(c)["temp"] for c in cities))
