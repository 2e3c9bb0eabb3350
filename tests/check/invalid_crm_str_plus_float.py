# stubs: crm.pyi
deals = await list_deals()
for d in deals:
    line = d["name"] + ": " + d["amount"]  # error: operator-type
    print(line)
