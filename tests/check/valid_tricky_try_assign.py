# stubs: crm.pyi
try:
    deals = await list_deals()
except Exception:
    deals = []
for d in deals:
    print(d["name"])
