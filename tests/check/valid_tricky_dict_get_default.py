# stubs: crm.pyi
deal = await get_deal("D-1")
name = deal.get("name", "?") if deal else "?"
print(name)
stats: dict[str, int] = {}
stats["x"] = stats.get("x", 0) + 1
