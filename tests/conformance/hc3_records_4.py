inventory = {"apple": 5, "banana": 0, "cherry": 12, "date": 3}
restock = {k: v for k, v in inventory.items() if v < 4}
print(restock)
inventory.update({"banana": 10, "elderberry": 1})
print(sorted(inventory.items(), key=lambda kv: kv[1]))
total = sum(inventory.values())
print(f"total={total}, kinds={len(inventory)}")
removed = inventory.pop("date")
print(removed, "date" in inventory)
print(inventory.get("fig", "missing"))
print(list(inventory))
merged = inventory | {"apple": 100}
print(merged["apple"], inventory["apple"])
inventory |= {"grape": 7}
inventory
