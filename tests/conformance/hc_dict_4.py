inventory = {"apple": 3, "pear": 0, "kiwi": 7}
in_stock = {k: v for k, v in inventory.items() if v}
print(in_stock)
print(max(inventory, key=inventory.get), min(inventory.values()))
print(sorted(inventory.items(), key=lambda kv: kv[1], reverse=True))
inverted = {v: k for k, v in inventory.items()}
print(inverted)
c = inventory.copy()
c["apple"] = 0
print(inventory["apple"], c["apple"])
print(list(reversed(inventory)), list(reversed(inventory.items())))
print(inventory.keys() & {"kiwi", "fig"}, sorted(inventory.keys() - {"apple"}))
sorted(inventory.keys() | {"fig"})
