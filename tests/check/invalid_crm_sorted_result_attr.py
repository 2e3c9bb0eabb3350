# stubs: crm.pyi
deals = await list_deals()
top = sorted(deals, key=lambda d: d["amount"], reverse=True)[0]
print(top.name)  # error: unknown-attribute
