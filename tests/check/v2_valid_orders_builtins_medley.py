# stubs: orders.pyi
orders = list_orders()
ids = [o["id"] for o in orders]
print(sorted(ids, key=str.lower), list(map(str, range(3))), list(filter(None, ["", "a"])))
for oid, o in zip(ids, orders, strict=True):
    print(oid == o["id"], end=" ")
print()
seen = dict.fromkeys(ids, 0)
head, _, tail = "A-1".partition("-")
print(head, tail, "".join(reversed("abc")), {len(i) for i in ids}, frozenset(ids) == set(ids))
first = next(iter(orders), None)
if first is not None:
    print(type(first).__name__, isinstance(first["total"], (int, float)), hasattr(first, "keys"))
it = iter(ids)
try:
    while (nxt := next(it)) != "":
        print(nxt, callable(print), round(12.345, 1), (255).bit_length())
except StopIteration:
    pass
for o in orders:
    if o["total"] > 1000:
        print("big one")
        break
else:
    print("no big orders", len(seen))
