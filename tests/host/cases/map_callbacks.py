# tools called as map()'s function, or from a Python function map calls: the VM makes the
# calls, so each suspends the run like any other
cities = ["Paris", "Oslo", "Lima"]
print(list(map(get_weather, cities)))
print([w["temp"] for w in map(lambda c: get_weather(c, "F"), cities)])
for page in map(echo, cities[:2], [1, 2]):
    print(page)
print(sum(map(lambda c: get_weather(c)["temp"], cities)), max(map(lambda s: echo(s)[0][0], "ab")))
print(sorted(map(lambda c: get_weather(c)["temp"], cities), key=lambda t: -t))
print(dict(map(lambda c: (c, echo(c)[0][0].lower()), cities)))
print(list(filter(lambda c: echo(c)[0][0] != "Oslo", cities)))
try:
    list(map(lambda c: fail("RuntimeError", "map " + c), cities))
except RuntimeError as e:
    print("caught:", e)
for w in map(get_weather, ["Oslo", "Atlantis"]):
    print(w["city"])
