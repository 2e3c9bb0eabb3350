# stubs: crm.pyi
deals = await list_deals()
deals = len(deals)
print(deals.append(1))  # error: unknown-attribute
