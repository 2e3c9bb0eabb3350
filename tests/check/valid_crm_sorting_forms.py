# stubs: crm.pyi
deals = await list_deals()
by_amount = sorted(deals, key=lambda d: d["amount"])
deals.sort(key=lambda d: (d["stage"], d["name"]))
names = sorted(d["name"] for d in deals)
amounts = sorted([d["amount"] for d in deals], reverse=True)
largest = max(d["amount"] for d in deals) if deals else 0.0
pairs = sorted((d["amount"], d["id"]) for d in deals)
print(by_amount[:1], names[:1], amounts[:1], largest, pairs[:1])
