# stubs: orders.pyi
raw = "  Order A-1, Order B-2 ,Order C-3 "
ids = [part.strip().removeprefix("Order ").lower() for part in raw.split(",")]
print(ids, "|".join(i.zfill(5) for i in ids))
title = "refund summary".title().center(30, "-")
print(title, title.count("-"), raw.strip().startswith(("Order", "Ord")))
