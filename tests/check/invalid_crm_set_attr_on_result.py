# stubs: crm.pyi
deals = await list_deals()
for d in deals:
    d.amount = d["amount"] * 1.1  # error: unknown-attribute
