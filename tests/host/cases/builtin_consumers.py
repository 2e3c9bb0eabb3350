# built-ins that consume a generator whose body calls tools: the VM drains it stacklessly
cities = ["Paris", "Oslo", "Lima"]
print(sum(get_weather(c)["temp"] for c in cities))
print(", ".join(get_weather(c)["unit"] for c in cities))
print(sorted(get_weather(c)["temp"] for c in cities))
print(max(get_weather(c)["temp"] for c in cities), min(echo(c)[0][0] for c in cities))
print(list(echo(i) for i in range(2)), tuple(count_calls() for _ in "ab"))
print({echo(c)[0][0] for c in cities} == set(cities), dict((c, count_calls()) for c in cities))
print(*(get_weather(c)["city"] for c in cities), sep="|")
merged = [*(echo(i)[0] for i in range(3)), *[9]]
print(merged, {*(count_calls() for _ in range(2))})

def nested():
    yield from (get_weather(c)["temp"] for c in cities[:2])
    yield echo("tail")[0][0]

print(list(nested()))
try:
    sum(fail("ValueError", "in the middle") for _ in range(3))
except ValueError as e:
    print("raised through sum:", e)
