# stubs: crm.pyi
deals = await list_deals()
best = max(deals, key=lambda d: d.amount)  # error: unknown-attribute
print(best["name"])
