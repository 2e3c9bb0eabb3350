w = get_weather("Paris", unit="F")
print(w, type(w["tags"]))
total = 0
for c in ["a", "b"]:
    total += get_weather(c)["temp"]
try:
    fail(3)
except ValueError as e:
    print("caught", e)
print(region)
def inner(n):
    return fail(n)
inner(5)
