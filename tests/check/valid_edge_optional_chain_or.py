# stubs: crm.pyi
deal = await get_deal("x")
name = (deal or {}).get("name", "?")
print(name)
