# stubs: crm.pyi
deals = await list_deals()
for x in deals:
    print(x["name"])
for x in range(3):
    print(x + 1)
for x in ["a", "b"]:
    print(x.upper())
