# stubs: crm.pyi
deals = await list_deals()
with open("deals.csv", "w") as f:  # error: undefined-name
    f.write(str(len(deals)))
