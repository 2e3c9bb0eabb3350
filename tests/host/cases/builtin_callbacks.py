# tools called from a function a built-in calls back (key=): not suspendable yet
cities = ["Paris", "Oslo", "Lima"]
print(max(cities, key=lambda c: get_weather(c)["temp"]))
