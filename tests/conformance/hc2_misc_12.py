# inventory management with dict of dicts and sorting output
inventory = {
    "widget": {"qty": 10, "price": 2.5},
    "gadget": {"qty": 0, "price": 10.0},
    "doohickey": {"qty": 3, "price": 7.25},
}
def restock(name, n):
    item = inventory.setdefault(name, {"qty": 0, "price": 0.0})
    item["qty"] += n
restock("gadget", 5)
restock("gizmo", 2)
value = {k: round(v["qty"] * v["price"], 2) for k, v in inventory.items()}
print(value)
low = sorted((k for k, v in inventory.items() if v["qty"] < 5), key=lambda k: inventory[k]["qty"])
print(low)
f"{sum(value.values()):.2f}"
