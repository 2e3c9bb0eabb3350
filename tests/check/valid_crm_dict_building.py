# stubs: crm.pyi
deals = await list_deals()
by_owner: dict[str, list[str]] = {}
for d in deals:
    owner = d["owner_email"] or "unassigned"
    by_owner.setdefault(owner, []).append(d["name"])
summary = {owner: len(names) for owner, names in by_owner.items()}
summary
