inventory = {}
def add_item(name, qty, price):
    if name in inventory:
        old_qty, old_price = inventory[name]
        total = old_qty + qty
        avg = (old_qty * old_price + qty * price) / total
        inventory[name] = (total, round(avg, 4))
    else:
        inventory[name] = (qty, price)
def remove_item(name, qty):
    have, price = inventory[name]
    if qty > have:
        raise ValueError(f"only {have} {name} left")
    inventory[name] = (have - qty, price)
add_item("bolt", 100, 0.10)
add_item("bolt", 50, 0.13)
add_item("nut", 10, 0.05)
remove_item("nut", 4)
print(inventory)
print(f"value: {sum(q * p for q, p in inventory.values()):.2f}")
remove_item("nut", 7)
