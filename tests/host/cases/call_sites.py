# external calls from every kind of place in a script
cities = ["Paris", "Oslo", "Lima"]
temps = [get_weather(c)["temp"] for c in cities]
print(temps)
by_city = {c: get_weather(c, unit="F")["temp"] for c in cities}
print(by_city)

def warmest(names):
    best = None
    for n in names:
        t = get_weather(n)["temp"]
        if best is None or t > best[1]:
            best = (n, t)
    return best

print(warmest(cities))

def gen(names):
    for n in names:
        yield get_weather(n)["temp"]

for t in gen(cities):
    print("from a generator:", t)
total = 0
i = 0
while i < 3:
    total += count_calls()
    i += 1
print(total)
try:
    print(echo(1, 2))
finally:
    print("finally", echo(x=3))
lam = lambda q: search(q, limit=1)[0]["title"]
print(lam("deep"))
first, *rest = echo("a", "b", k=1)
print(first, rest)
print(f"{get_weather('Lima')['temp']:.1f} degrees")
