# iterating a non-iterable subscript result
data = {"items": 5}
for x in data["items"]:
    print(x)
