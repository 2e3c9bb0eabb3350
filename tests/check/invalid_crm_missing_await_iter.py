# stubs: crm.pyi
deals = list_deals("open")
for d in deals:  # error: missing-await
    print(d["name"])
