# stubs: crm.pyi
deals = await list_deals()
for d in deals:
    print(d["name"], d["ammount"])  # error: unknown-key
