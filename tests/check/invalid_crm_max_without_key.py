# stubs: crm.pyi
deals = await list_deals("open")
biggest = max(deals)  # error: operator-type
print(biggest["name"])
