# stubs: orders.pyi
data = get_order("A-5")
if data is None:
    data = {"id": "none", "total": 0.0}
print(data["id"], data["total"])
items = []
items = ", ".join(["a", "b"])
print(items.upper())
count = "3"
count = int(count)
print(count + 1)
