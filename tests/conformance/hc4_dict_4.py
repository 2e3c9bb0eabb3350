inventory = {"apples": 5, "pears": 0, "plums": 12}
in_stock = {k: v for k, v in inventory.items() if v}
print(in_stock, max(inventory, key=inventory.get), sorted(inventory, key=inventory.__getitem__))
merged = inventory | {"kiwis": 3}
merged |= {"apples": 1}
print(merged, inventory)
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("x", {}).get("y"))
print(list(reversed(inventory)), dict(zip("abc", range(3))), dict(a=1, **{"b": 2}))
nested["a"]["x"]["c"]
