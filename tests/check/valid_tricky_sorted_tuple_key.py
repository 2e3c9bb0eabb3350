# stubs: crm.pyi
deals = await list_deals()
pairs = sorted(((d["amount"], d["name"]) for d in deals), reverse=True)
for amount, name in pairs[:3]:
    print(f"{name}: {amount:.0f}")
