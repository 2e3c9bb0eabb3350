# stubs: crm.pyi
page = 0
seen: set[str] = set()
while page < 3:
    batch = await list_deals(limit=10)
    if not batch:
        break
    for d in batch:
        seen.add(d["id"])
    page += 1
print(len(seen))
