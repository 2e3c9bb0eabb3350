# stubs: crm.pyi
deals = await list_deals()
for d in deals:
    d["score"] = d["amount"] / 1000
    print(d["score"] + 1)
enriched = dict(deals[0]) if deals else {}
enriched["note"] = "x"
