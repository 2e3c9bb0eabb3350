# iterating dict while building another; sorted on dict
inventory = {"apple": 5, "pear": 0, "fig": 2, "kiwi": 0}
in_stock = {k: v for k, v in inventory.items() if v}
print(in_stock, sorted(inventory), sorted(inventory, key=inventory.get), sorted(inventory.items(), key=lambda kv: kv[1]))
print(min(inventory, key=lambda k: (inventory[k], k)), list(filter(inventory.get, inventory)))
print(dict(sorted(inventory.items(), key=lambda kv: (-kv[1], kv[0]))))
next(iter(inventory.values()))
