# stubs: crm.pyi
deals = await list_deals()
names = [d["nmae"] for d in deals if d["amount"] > 0]  # error: unknown-key
