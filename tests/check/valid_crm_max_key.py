# stubs: crm.pyi
deals = await list_deals()
if deals:
    best = max(deals, key=lambda d: d["amount"])
    worst = min(deals, key=lambda d: d["amount"])
    print(best["name"], best["amount"] - worst["amount"])
ranked = sorted(deals, key=lambda d: (d["stage"], -d["amount"]))
print([d["id"] for d in ranked])
