# stubs: orders.pyi
from typing import Any

address: Any = None
quotes = []
for order in list_orders("paid"):
    addr = order["shipping_address"]
    if not addr:
        continue
    weight = 0.4 * sum(i["quantity"] for i in order["items"])
    cost = shipping_quote(addr, weight)
    postcode = addr.get("postcode", "n/a")
    quotes.append((order["id"], addr["city"], postcode, cost))

for oid, city, postcode, cost in quotes:
    print(f"{oid} {city} {postcode} {cost:8.2f} {store_currency}")
