# stubs: crm.pyi
deals = await list_deals()
everyone = sum(d["name"] for d in deals)  # error: arg-type
