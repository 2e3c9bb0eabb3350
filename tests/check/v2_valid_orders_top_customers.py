# stubs: orders.pyi
from typing import Iterable


def top_spenders(ids: Iterable[str], n: int = 3) -> list[tuple[str, float]]:
    scored = []
    for cid in ids:
        c = get_customer(cid)
        if c:
            scored.append((c["name"], c["lifetime_value"]))
    scored.sort(key=lambda pair: pair[1], reverse=True)
    return scored[:n]


ids = {o["customer_id"] for o in list_orders(limit=200)}
for rank, (name, value) in enumerate(top_spenders(ids), start=1):
    print(f"{rank}. {name}: {value:,.2f}")
