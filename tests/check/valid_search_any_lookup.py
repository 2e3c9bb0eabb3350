# stubs: search.pyi
value = lookup("config")
print(value.whatever, value["x"], value + 1)
items = lookup("items")
for it in items:
    print(it.name)
