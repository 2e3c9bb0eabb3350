# tools called from a key= function: sorted(), min() and max() compute the keys in the VM, so
# a tool call there suspends the run like any other
cities = ["Paris", "Oslo", "Lima"]
print(max(cities, key=lambda c: get_weather(c)["temp"]))
print(min(cities, key=lambda c: (get_weather(c)["temp"], c)))
print(sorted(cities, key=lambda c: get_weather(c)["temp"], reverse=True))
print(sorted((c.upper() for c in cities), key=lambda c: echo(c)[0]))
print(max("Lima", "Oslo", key=lambda c: get_weather(c)["temp"]))
print(min([], key=lambda c: get_weather(c)["temp"], default="none"))
print(sorted({"b": 2, "a": 1}.items(), key=lambda kv: count_calls()))

class Ranker:
    def __init__(self, unit):
        self.unit = unit
    def temp(self, city):
        return get_weather(city, self.unit)["temp"]

print(sorted(cities, key=Ranker("F").temp))

def first(t):
    try:
        return echo(t)[0]
    finally:
        print("key done", t)

print(min([3, 1, 2], key=first))
try:
    max(cities, key=lambda c: fail("KeyError", c))
except KeyError as e:
    print("raised through max:", e)
print(sorted(cities, key=lambda c: get_weather(c)["temp"])[0], count_calls())
sorted(cities, key=lambda c: fail("ValueError", "no key for " + c))
